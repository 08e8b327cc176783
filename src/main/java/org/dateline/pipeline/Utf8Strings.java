package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strings decoded from UTF-8 bytes, each distinct one decoded once and then given to every caller
 * with the same bytes. The stories of the build cache name the same people, roles, countries,
 * places and dates over and over: decoding each story's own copies made half a million strings for
 * 10,000 stories, nearly all of them copies, which stayed alive with their stories. Thread-safe
 * (each thread looks strings up through a {@link Lookup} of its own); it keeps every string it
 * made.
 */
final class Utf8Strings {
  private final ConcurrentHashMap<Object, String> strings = new ConcurrentHashMap<>();

  /**
   * A look-up of these strings for one thread at a time: a reader of one record takes one (a
   * look-up for each thread, found for each string, cost more than the strings' own look-ups).
   */
  Lookup lookup() {
    return new Lookup();
  }

  /** Looks strings up with a probe of its own; for one thread at a time. */
  final class Lookup {
    private final Probe probe = new Probe();

    /** The string of the {@code length} bytes of {@code bytes} from {@code from}. */
    String of(byte[] bytes, int from, int length) {
      probe.of(bytes, from, length);
      String s = strings.get(probe);
      if (s != null) {
        return s;
      }
      byte[] copy = Arrays.copyOfRange(bytes, from, from + length);
      s = new String(copy, StandardCharsets.UTF_8);
      String earlier = strings.putIfAbsent(new Key(copy, probe.hash), s);
      return earlier != null ? earlier : s;
    }
  }

  /** The hash of a run of bytes, the same for a {@link Key} and a {@link Probe}. */
  private static int hash(byte[] bytes, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
  }

  /** The bytes of a string in the map. */
  private static final class Key {
    final byte[] bytes;
    final int hash;

    Key(byte[] bytes, int hash) {
      this.bytes = bytes;
      this.hash = hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && other.hash == hash && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A run of bytes being looked up, without copying them: one per thread, reused. */
  private static final class Probe {
    byte[] bytes;
    int from;
    int to;
    int hash;

    Probe of(byte[] bytes, int from, int length) {
      this.bytes = bytes;
      this.from = from;
      this.to = from + length;
      this.hash = Utf8Strings.hash(bytes, from, to);
      return this;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && key.hash == hash
          && Arrays.equals(key.bytes, 0, key.bytes.length, bytes, from, to);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
