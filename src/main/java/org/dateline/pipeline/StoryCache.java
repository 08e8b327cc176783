package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.diag.Diagnostic;
import org.dateline.model.Story;

/**
 * What earlier builds read and extracted, by story file and content: a build given the same
 * cache re-reads and re-extracts only the stories whose bytes (or the people registry, or the
 * settings that change reading) changed. Thread-safe; kept in memory for as long as its owner
 * (the preview server) lives.
 */
public final class StoryCache {
  /** A story as read before (null when it was a draft or broken) and the problems it had. */
  record Entry(String key, Story story, List<Diagnostic> diagnostics) {
    Entry {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger misses = new AtomicInteger();

  /** The entry for {@code file} if it was made from the same {@code key}, else null. */
  Entry get(String file, String key) {
    Entry entry = entries.get(file);
    if (entry != null && entry.key().equals(key)) {
      return entry;
    }
    misses.incrementAndGet();
    return null;
  }

  void put(String file, Entry entry) {
    entries.put(file, entry);
  }

  /** How many stories had to be read and extracted since this cache was made. */
  public int misses() {
    return misses.get();
  }

  /** A key for a story's bytes read in a given context (registry, reading settings). */
  static String key(byte[] bytes, String context) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(context.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of().formatHex(sha.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
