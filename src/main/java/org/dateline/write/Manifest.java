package org.dateline.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a built site and the SHA-256 of each, kept in the output folder as {@value
 * SiteWriter#MANIFEST}: one line per file, {@code <64 hex digits> <path>}, sorted by path. A line
 * holding only a path (the format of earlier versions) is read with an unknown hash, so its file
 * counts as changed.
 *
 * @param hashes path → lower-case hex SHA-256, or {@code ""} when unknown
 */
record Manifest(SortedMap<String, String> hashes) {
  static final Manifest EMPTY = new Manifest(new TreeMap<>());

  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) (.+)");

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

  /** The SHA-256 of {@code bytes} as 64 lower-case hex digits. */
  static String hash(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
