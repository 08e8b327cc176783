package org.dateline.render.search;

/**
 * The terms the search index took from chunks of stories in earlier builds, by the key of each
 * chunk (a hash of everything the chunk's terms and files are made from), so that an unchanged
 * chunk is not read again. Called from several threads at once.
 */
public interface SearchCache {
  /** The terms of the chunk whose key is {@code key}, or null. */
  ChunkTerms get(String key);

  void put(String key, ChunkTerms terms);

  /**
   * The terms of the chunk whose key is {@code key}, or null, looked at without keeping them for
   * later builds: the terms an earlier build took from a chunk that has changed since.
   */
  default ChunkTerms peek(String key) {
    return get(key);
  }
}
