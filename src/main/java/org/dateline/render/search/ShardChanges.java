package org.dateline.render.search;

import java.util.BitSet;
import java.util.List;
import org.dateline.digest.Murmur3;

/**
 * Which shards of terms score their stories as the last build did, told from the chunks of stories
 * that changed since, with their terms then and now.
 *
 * <p>A term's scored postings are made of its postings, the number of stories, the average length
 * and the lengths of the stories it is found in. So when the number of stories, the average length
 * and the number of shards (and with it which shard each term is in) are as they were, a term that
 * is found in none of the changed stories, then or now, is scored as before, and a shard of such
 * terms only is the same. A story has changed when its length, or the postings of any term in it,
 * differ from the last build's at its place.
 */
final class ShardChanges {
  private final List<SearchIndex.Chunk> changed;
  private final int[] lengths;
  private final long postings;
  private final int postingsPerShard;
  private final int shards;
  private final int avg;

  /**
   * @param changed the chunks whose terms are not those of the last build, with theirs (null when
   *     not known)
   * @param lengths the lengths of the stories now
   * @param postings the number of postings now
   * @param postingsPerShard about how many postings a shard holds
   * @param shards the number of shards now
   * @param avg the average length now
   */
  ShardChanges(List<SearchIndex.Chunk> changed, int[] lengths, long postings, int postingsPerShard, int shards, int avg) {
    this.changed = List.copyOf(changed);
    this.lengths = lengths;
    this.postings = postings;
    this.postingsPerShard = postingsPerShard;
    this.shards = shards;
    this.avg = avg;
  }

  /** The shards that are the same as the last build's; none when that cannot be told. */
  BitSet unchanged() {
    BitSet unchanged = new BitSet(shards);
    int[] lengthsBefore = lengths.clone();
    long postingsBefore = postings;
    for (SearchIndex.Chunk chunk : changed) {
      ChunkTerms before = chunk.before();
      if (before == null || before.lengths().length != chunk.terms().lengths().length) {
        return unchanged;
      }
      System.arraycopy(before.lengths(), 0, lengthsBefore, chunk.chunk() * SearchIndex.DOCS_PER_CHUNK, before.lengths().length);
      postingsBefore += before.postingCount() - chunk.terms().postingCount();
    }
    if (SearchIndex.shardCount(postingsBefore, postingsPerShard) != shards || SearchIndex.averageLength(lengthsBefore) != avg) {
      return unchanged;
    }
    BitSet touched = new BitSet(shards);
    for (SearchIndex.Chunk chunk : changed) {
      boolean[] stories = changedStories(chunk.before(), chunk.terms());
      touch(chunk.before(), stories, touched);
      touch(chunk.terms(), stories, touched);
    }
    unchanged.set(0, shards);
    unchanged.andNot(touched);
    return unchanged;
  }

  /** Per story of a chunk, whether its length or any of its postings differ between the two. */
  static boolean[] changedStories(ChunkTerms before, ChunkTerms after) {
    long[] then = fingerprints(before);
    long[] now = fingerprints(after);
    boolean[] changed = new boolean[now.length];
    for (int story = 0; story < now.length; story++) {
      changed[story] = then[story] != now[story] || before.lengths()[story] != after.lengths()[story];
    }
    return changed;
  }

  /**
   * Per story of a chunk, a 64-bit fingerprint of its postings: the sum of a hash of each posting
   * (term, weighted frequency and block), so that the order of the terms does not matter.
   */
  private static long[] fingerprints(ChunkTerms terms) {
    long[] fingerprints = new long[terms.lengths().length];
    for (int t = 0; t < terms.size(); t++) {
      long term = hash(terms.term(t));
      int[] triples = terms.triples(t);
      for (int i = 0; i < triples.length; i += 3) {
        fingerprints[triples[i]] += Murmur3.fmix64(term + 0x9E3779B97F4A7C15L * (triples[i + 1] * 65_537L + triples[i + 2] + 1));
      }
    }
    return fingerprints;
  }

  /** Marks the shard of each term of {@code terms} found in a changed story. */
  private void touch(ChunkTerms terms, boolean[] stories, BitSet touched) {
    for (int t = 0; t < terms.size(); t++) {
      int[] triples = terms.triples(t);
      for (int i = 0; i < triples.length; i += 3) {
        if (stories[triples[i]]) {
          touched.set(terms.shard(t, shards));
          break;
        }
      }
    }
  }

  /** FNV-1a over the UTF-16 code units of {@code term}, 64 bits. */
  private static long hash(String term) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
