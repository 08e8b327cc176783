package org.dateline.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.digest.Murmur3;

/**
 * The files of a built site, kept in the output folder as {@value SiteWriter#MANIFEST}: one line
 * per file, {@code <hash> <key> <path>}, sorted by path. The hash is a 128-bit MurmurHash3 of the
 * file's bytes; the key, of what the file was made from (see the renderer's page keys), or
 * {@code -} for a file without one; both are 32 hex digits. A line in an earlier form ({@code
 * <hash> <path>}, or a path alone) is read without a key, and a path alone with an unknown hash, so
 * that its file counts as changed. The hash only tells changed files from unchanged ones, against
 * accidents, not against a forger: a page that is edited by hand in the output folder is noticed
 * by its time (see {@link SiteWriter}).
 *
 * @param hashes path → lower-case hex hash, or {@code ""} when unknown
 * @param keys path → lower-case hex key, for the files that have one
 * @param exact whether it was written just as {@link #bytes} writes one: every line of the current
 *     form, ended by a line break, and no path twice (true of a manifest not read from a file)
 */
record Manifest(Map<String, String> hashes, Map<String, String> keys, boolean exact) {
  static final Manifest EMPTY = new Manifest(Map.of(), Map.of());

  private static final String NO_KEY = "-";

  /**
   * Takes the maps as they are, not copies (a manifest of 10,000 stories has 18,000 lines), behind
   * views that cannot change them: the caller must not change them either. Read from a file,
   * {@code hashes} keeps the order of its lines, and the lines are sorted when written: quickly
   * when the paths come nearly sorted already.
   */
  Manifest {
    hashes = Collections.unmodifiableMap(Objects.requireNonNull(hashes, "hashes"));
    keys = Collections.unmodifiableMap(Objects.requireNonNull(keys, "keys"));
  }

  Manifest(Map<String, String> hashes, Map<String, String> keys) {
    this(hashes, keys, true);
  }

  static Manifest parse(byte[] bytes) {
    // about a hundred bytes a line in the current form: maps sized so that they seldom grow
    int expected = bytes.length / 64 + 16;
    Map<String, String> hashes = new LinkedHashMap<>(expected);
    Map<String, String> keys = new HashMap<>(expected);
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean exact = true;
    for (int start = 0, next; start < text.length(); start = next) {
      int newline = text.indexOf('\n', start);
      next = newline < 0 ? text.length() : newline + 1;
      int end = newline < 0 ? text.length() : newline;
      exact &= newline >= 0;
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
        exact = false;
      }
      if (end == start) {
        exact = false;
        continue;
      }
      // <hash> <key or -> <path>; or, of an earlier form, <hash> <path>, or a path alone
      int rest = start + 33;
      if (end > rest && isHex(text, start) && text.charAt(start + 32) == ' ') {
        String hash = text.substring(start, start + 32);
        if (end > rest + 33 && isHex(text, rest) && text.charAt(rest + 32) == ' ') {
          String path = text.substring(rest + 33, end);
          exact &= hashes.put(path, hash) == null;
          keys.put(path, text.substring(rest, rest + 32));
        } else if (end > rest + 2 && text.startsWith(NO_KEY + " ", rest)) {
          exact &= hashes.put(text.substring(rest + 2, end), hash) == null;
        } else {
          hashes.put(text.substring(rest, end), hash);
          exact = false;
        }
      } else {
        hashes.put(text.substring(start, end), "");
        exact = false;
      }
    }
    return new Manifest(hashes, keys, exact);
  }

  /**
   * Whether this manifest, {@link #exact}, lists exactly the {@code count} paths that are {@code
   * listed}.
   */
  boolean listsExactly(Predicate<String> listed, int count) {
    if (!exact || hashes.size() != count) {
      return false;
    }
    for (String path : hashes.keySet()) {
      if (!listed.test(path)) {
        return false;
      }
    }
    return true;
  }

  /** The paths it lists, in the order it holds them (a manifest read: the order of its lines). */
  Set<String> paths() {
    return hashes.keySet();
  }

  /** Whether the 32 characters of {@code s} from {@code at} are lower-case hex digits. */
  private static boolean isHex(String s, int at) {
    if (s.length() < at + 32) {
      return false;
    }
    for (int i = at; i < at + 32; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  byte[] bytes() {
    return bytes(Set.of(), hashes, keys);
  }

  /**
   * The text of the manifest of {@code hashes} and {@code keys}, its lines sorted by path, without
   * a manifest made of copies of both. When {@code last} (the paths of the last manifest, in its
   * order) holds just the paths of {@code hashes} in sorted order, as after a build that made the
   * same files, the lines are written in that order, without sorting.
   */
  static byte[] bytes(Set<String> last, Map<String, String> hashes, Map<String, String> keys) {
    StringBuilder text = new StringBuilder(hashes.size() * 120);
    if (last.size() == hashes.size() && appendInOrder(text, last, hashes, keys)) {
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }
    text.setLength(0);
    String[] paths = hashes.keySet().toArray(new String[0]);
    Arrays.sort(paths);
    appendInOrder(text, Arrays.asList(paths), hashes, keys);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Appends the line of each path of {@code paths}, in order: false (and lines appended) when one is
   * not in {@code hashes} or does not come after the one before.
   */
  private static boolean appendInOrder(
      StringBuilder text, Iterable<String> paths, Map<String, String> hashes, Map<String, String> keys) {
    String previous = null;
    for (String path : paths) {
      String hash = hashes.get(path);
      if (hash == null || (previous != null && previous.compareTo(path) >= 0)) {
        return false;
      }
      text.append(hash).append(' ').append(keys.getOrDefault(path, NO_KEY)).append(' ').append(path).append('\n');
      previous = path;
    }
    return true;
  }

  boolean lists(String path) {
    return hashes.containsKey(path);
  }

  /** Whether the manifest knows {@code path} by this very hash. */
  boolean hasHash(String path, String hash) {
    return hash.equals(hashes.get(path));
  }

  /** The key the file at {@code path} was made from, or null. */
  String keyOf(String path) {
    return keys.get(path);
  }

  /** The 128-bit MurmurHash3 of {@code bytes} as 32 lower-case hex digits. */
  static String hash(byte[] bytes) {
    return Murmur3.hex(bytes);
  }
}
