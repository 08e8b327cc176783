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

    /** The digest of the bytes the story was read from ({@link #source}), or null. */
    String source();

    /**
     * What the file system said of the file before those bytes were read, when it can be trusted
     * to tell them unchanged (see {@link InputFingerprint}); else null.
     */
    String stamp();

    /** The entry, decoded if need be; null when it cannot be. */
    Entry entry();

    /** The entry's problems and whether it has a story, without its story; null when it cannot be decoded. */
    Head head();
  }

  /** What an entry tells without its story: the problems of its file, and whether it has a story. */
  record Head(List<Diagnostic> diagnostics, boolean hasStory) {
    Head {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * A story as read before (null when it was a draft or broken) and the problems it had; with the
   * digest of the bytes it was read from and the file's stamp, when known.
   */
  record Entry(String key, String source, String stamp, Story story, List<Diagnostic> diagnostics)
      implements Stored {
    Entry {
      diagnostics = List.copyOf(diagnostics);
    }

    /** An entry of unknown source and stamp. */
    Entry(String key, Story story, List<Diagnostic> diagnostics) {
      this(key, null, null, story, diagnostics);
    }

    @Override
    public Entry entry() {
      return this;
    }

    @Override
    public Head head() {
      return new Head(diagnostics, story != null);
    }

    /** The same entry, read from bytes of digest {@code source} of a file stamped {@code stamp}. */
    Entry from(String source, String stamp) {
      return new Entry(key, source, stamp, story, diagnostics);
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

  /** The entry for {@code file}, whatever it was made from, or null. */
  Stored of(String file) {
    return entries.get(file);
  }

  /**
   * The entry for {@code file}, as stored (not decoded), if the file's trusted {@code stamp} is the
   * one it was read with (so the file holds the same bytes) and those bytes give the same key in
   * {@code context}; else null, without counting a miss: the caller then reads the file and asks
   * {@link #get}.
   */
  Stored stamped(String file, String stamp, String context) {
    Stored stored = entries.get(file);
    if (stored == null || stored.stamp() == null || stored.source() == null || !stored.stamp().equals(stamp)) {
      return null;
    }
    return stored.key().equals(key(stored.source(), context)) ? stored : null;
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
   * The digest of a story file's bytes: their 128-bit MurmurHash3, which is many times faster than
   * SHA-256 without the JIT's SHA intrinsics and tells changed stories from unchanged ones, against
   * accidents.
   */
  static String source(byte[] bytes) {
    return Murmur3.hex(bytes);
  }

  /**
   * The key of a story whose bytes have the digest {@code source}, read in a given context (a
   * digest of everything else that decides what the bytes become, see {@link #context}).
   */
  static String key(String source, String context) {
    Murmur3 hash = new Murmur3();
    hash.updatePart(context.getBytes(StandardCharsets.UTF_8));
    hash.updatePart(source.getBytes(StandardCharsets.UTF_8));
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
