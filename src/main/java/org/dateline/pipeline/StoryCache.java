package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dateline.diag.Diagnostic;
import org.dateline.digest.Murmur3;
import org.dateline.model.Story;

/**
 * What earlier builds read and extracted, by story file and content: a build given the same
 * cache re-reads and re-extracts only the stories whose bytes (or the people registry, or the
 * settings that change reading, or the reading code) changed. Thread-safe; kept in memory for as
 * long as its owner (the preview server, or one build) lives, and on disk by {@link
 * StoryCacheFile}.
 */
public final class StoryCache {
  /** An entry as kept: read in this process, or still packed as the cache file holds it. */
  sealed interface Stored permits Entry, StoryCacheFile.Packed {
    String key();

    /** The entry, decoded if need be; null when it cannot be. */
    Entry entry();
  }

  /** A story as read before (null when it was a draft or broken) and the problems it had. */
  record Entry(String key, Story story, List<Diagnostic> diagnostics) implements Stored {
    Entry {
      diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public Entry entry() {
      return this;
    }
  }

  private final ConcurrentHashMap<String, Stored> entries = new ConcurrentHashMap<>();
  private final AtomicInteger misses = new AtomicInteger();

  /** The entry for {@code file} if it was made from the same {@code key}, else null. */
  Entry get(String file, String key) {
    Stored stored = entries.get(file);
    Entry entry = stored != null && stored.key().equals(key) ? stored.entry() : null;
    if (entry == null) {
      misses.incrementAndGet();
    }
    return entry;
  }

  void put(String file, Entry entry) {
    entries.put(file, entry);
  }

  void putAll(Map<String, ? extends Stored> more) {
    entries.putAll(more);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Drops the entries of the files {@code stale} accepts; true when there were any. */
  boolean removeIf(Predicate<String> stale) {
    return entries.keySet().removeIf(stale);
  }

  /** Every entry, by file. */
  Map<String, Stored> snapshot() {
    return Map.copyOf(entries);
  }

  /** How many stories had to be read and extracted since this cache was made. */
  public int misses() {
    return misses.get();
  }

  /**
   * A key for a story's bytes read in a given context (a digest of everything else that decides
   * what the bytes become, see {@link #context}): the 128-bit MurmurHash3 of both, which is many
   * times faster than SHA-256 without the JIT's SHA intrinsics and tells changed stories from
   * unchanged ones, against accidents.
   */
  static String key(byte[] bytes, String context) {
    Murmur3 hash = new Murmur3();
    byte[] prefix = (context + "\u0000").getBytes(StandardCharsets.UTF_8);
    hash.update(prefix, 0, prefix.length);
    hash.update(bytes, 0, bytes.length);
    return hash.hex();
  }

  /**
   * The context of the keys of one build, digested once: the cache format, the version of the
   * reading code and data, and the settings and people registry that change reading.
   */
  static String context(int format, String extractorVersion, String settings) {
    MessageDigest sha = sha256();
    String versions = "format=" + format + "\nextractor=" + extractorVersion + "\n";
    sha.update(versions.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest(settings.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
