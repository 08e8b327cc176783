package org.dateline.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
 */
record Manifest(Map<String, String> hashes, Map<String, String> keys) {
  static final Manifest EMPTY = new Manifest(Map.of(), Map.of());

  private static final String NO_KEY = "-";

  /**
   * Both maps are hash maps, for the look-ups of a build; {@code hashes} keeps the order of its
   * paths (a manifest read keeps its lines' order), and the lines are sorted when written: quickly
   * when the paths come nearly sorted already.
   */
  Manifest {
    hashes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(hashes, "hashes")));
    keys = Map.copyOf(keys);
  }

  static Manifest parse(byte[] bytes) {
    Map<String, String> hashes = new LinkedHashMap<>();
    Map<String, String> keys = new HashMap<>();
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (int start = 0, end; start < text.length(); start = end + 1) {
      end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      if (line.isEmpty()) {
        continue;
      }
      if (isHex(line, 0) && line.length() > 33 && line.charAt(32) == ' ') {
        String hash = line.substring(0, 32);
        String rest = line.substring(33);
        if (rest.length() > 33 && isHex(rest, 0) && rest.charAt(32) == ' ') {
          hashes.put(rest.substring(33), hash);
          keys.put(rest.substring(33), rest.substring(0, 32));
        } else if (rest.length() > 2 && rest.startsWith(NO_KEY + " ")) {
          hashes.put(rest.substring(2), hash);
        } else {
          hashes.put(rest, hash); // an earlier form: hash and path
        }
      } else {
        hashes.put(line, "");
      }
    }
    return new Manifest(hashes, keys);
  }

  /**
   * Whether the manifest in {@code bytes}, of the current form, lists exactly the {@code count}
   * paths that are {@code listed}, each once, read without building the manifest.
   */
  static boolean listsExactly(byte[] bytes, Predicate<String> listed, int count) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Set<String> seen = new HashSet<>();
    for (int start = 0, end; start < text.length(); start = end + 1) {
      end = text.indexOf('\n', start);
      // <hash> <key or -> <path>
      int path = text.indexOf(' ', text.indexOf(' ', start) + 1) + 1;
      if (end < 0 || path <= start || path > end) {
        return false;
      }
      String p = text.substring(path, end);
      if (!listed.test(p) || !seen.add(p)) {
        return false;
      }
    }
    return seen.size() == count;
  }

  /**
   * {@code hashes} with its paths in the order of {@code order} as far as it has them, the others
   * after: a new manifest in the order of the last one, so that sorting it is quick.
   */
  static Map<String, String> inOrderOf(Iterable<String> order, Map<String, String> hashes) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String path : order) {
      String hash = hashes.get(path);
      if (hash != null) {
        ordered.put(path, hash);
      }
    }
    ordered.putAll(hashes);
    return ordered;
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
    return bytes(hashes, keys);
  }

  /**
   * The text of the manifest of {@code hashes} and {@code keys}, its lines sorted by path (quickly
   * when {@code hashes} holds them nearly sorted): without a manifest made of copies of both.
   */
  static byte[] bytes(Map<String, String> hashes, Map<String, String> keys) {
    StringBuilder text = new StringBuilder(hashes.size() * 120);
    String[] paths = hashes.keySet().toArray(new String[0]);
    Arrays.sort(paths);
    for (String path : paths) {
      text.append(hashes.get(path)).append(' ').append(keys.getOrDefault(path, NO_KEY)).append(' ').append(path).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
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
