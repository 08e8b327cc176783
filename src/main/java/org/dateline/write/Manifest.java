package org.dateline.write;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a built site and a 128-bit hash (MurmurHash3) of each, kept in the output folder
 * as {@value SiteWriter#MANIFEST}: one line per file, {@code <32 hex digits> <path>}, sorted by
 * path. A line in another form (such as a path alone, as earlier versions wrote) is read with an
 * unknown hash, so its file counts as changed. The hash only tells changed files from unchanged
 * ones, against accidents, not against a forger: a page that is edited by hand in the output
 * folder is noticed by its time (see {@link SiteWriter}).
 *
 * @param hashes path → lower-case hex hash, or {@code ""} when unknown
 */
record Manifest(SortedMap<String, String> hashes) {
  static final Manifest EMPTY = new Manifest(new TreeMap<>());

  private static final Pattern LINE = Pattern.compile("([0-9a-f]{32}) (.+)");

  Manifest {
    hashes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(hashes, "hashes")));
  }

  static Manifest of(Map<String, String> hashes) {
    return new Manifest(new TreeMap<>(hashes));
  }

  static Manifest parse(byte[] bytes) {
    SortedMap<String, String> hashes = new TreeMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        hashes.put(m.group(2), m.group(1));
      } else {
        hashes.put(line, "");
      }
    }
    return new Manifest(hashes);
  }

  byte[] bytes() {
    StringBuilder text = new StringBuilder(hashes.size() * 100);
    hashes.forEach((path, hash) -> text.append(hash).append(' ').append(path).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  boolean lists(String path) {
    return hashes.containsKey(path);
  }

  /** Whether the manifest knows {@code path} by this very hash. */
  boolean hasHash(String path, String hash) {
    return hash.equals(hashes.get(path));
  }

  /** The 128-bit MurmurHash3 of {@code bytes} as 32 lower-case hex digits. */
  static String hash(byte[] bytes) {
    return Murmur3.hex(bytes);
  }
}
