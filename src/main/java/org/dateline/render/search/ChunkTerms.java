package org.dateline.render.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What the search index takes from one chunk of stories, all a later build needs of the chunk
 * when its stories are the same: each story's length (its weighted number of terms), how many
 * text blocks the chunk's files have, and each term with its postings, triples of the story's
 * place in the chunk, the term's weighted frequency there and the block where it first appears.
 *
 * <p>The postings stay encoded, as numbers of 7 bits a byte (low group first, the high bit set
 * on all but the last byte), in one array that may be a slice of a larger one, such as a record
 * of the build cache: the index reads them as it scores, so that a build holds no decoded copy of
 * every chunk's postings (at 50,000 stories, a few hundred megabytes of int arrays). The terms of
 * a record may stay its UTF-8 bytes too, each decoded when first asked for. Immutable as seen from
 * outside: no array is changed but to remember a term decoded, which every thread decodes alike.
 */
public final class ChunkTerms {
  private final int[] lengths;
  private final int blocks;
  /** The terms, each decoded from {@link #termBytes} when first asked for (a term is immutable). */
  private final String[] terms;
  /** Where the terms' UTF-8 bytes are, or null when every term is given: see {@link #termBounds}. */
  private final byte[] termBytes;
  /** Per term: where its UTF-8 bytes start and end in {@link #termBytes}. */
  private final int[] termBounds;
  private final byte[] postings;
  /** Per term: the number of its triples, then where its postings start and end. */
  private final int[] bounds;
  private final long postingCount;

  /** The terms of a chunk, with each term's postings given as triples. */
  public ChunkTerms(int[] lengths, int blocks, List<String> terms, List<int[]> triples) {
    this.lengths = Objects.requireNonNull(lengths, "lengths");
    this.blocks = blocks;
    this.terms = List.copyOf(terms).toArray(new String[0]);
    this.termBytes = null;
    this.termBounds = null;
    if (terms.size() != triples.size()) {
      throw new IllegalArgumentException(terms.size() + " terms but " + triples.size() + " postings");
    }
    NumberBytes out = new NumberBytes(256);
    this.bounds = new int[3 * terms.size()];
    for (int t = 0; t < terms.size(); t++) {
      int[] values = triples.get(t);
      if (values.length % 3 != 0) {
        throw new IllegalArgumentException("postings of " + terms.get(t) + " are not triples");
      }
      bounds[3 * t] = values.length / 3;
      bounds[3 * t + 1] = out.size();
      for (int value : values) {
        out.number(value);
      }
      bounds[3 * t + 2] = out.size();
    }
    this.postings = out.toByteArray();
    this.postingCount = countPostings(bounds);
  }

  private ChunkTerms(int[] lengths, int blocks, String[] terms, byte[] termBytes, int[] termBounds, byte[] postings, int[] bounds) {
    this.lengths = lengths;
    this.blocks = blocks;
    this.terms = terms;
    this.termBytes = termBytes;
    this.termBounds = termBounds;
    this.postings = postings;
    this.bounds = bounds;
    this.postingCount = countPostings(bounds);
  }

  private static long countPostings(int[] bounds) {
    long count = 0;
    for (int t = 0; t < bounds.length; t += 3) {
      count += bounds[t];
    }
    return count;
  }

  /**
   * The terms of a chunk whose postings are already encoded in {@code postings}: term {@code t}
   * has {@code counts[t]} triples, from {@code from[t]} to {@code to[t]}, and its UTF-8 bytes are
   * there too, from {@code termFrom[t]} to {@code termTo[t]}. The array is kept, not copied, and
   * must not change. A term is decoded only when asked for: after an edit of a few stories most
   * terms of most chunks only count towards the number of postings. Every number of the postings
   * is read once here, so that damaged postings (a story or block out of range, a number cut
   * short) are refused with an {@link IllegalArgumentException} rather than found while scoring.
   */
  public static ChunkTerms encoded(
      int[] lengths, int blocks, byte[] postings, int[] termFrom, int[] termTo, int[] counts, int[] from, int[] to) {
    int[] termBounds = new int[2 * termFrom.length];
    for (int t = 0; t < termFrom.length; t++) {
      if (termFrom[t] < 0 || termFrom[t] > termTo[t] || termTo[t] > postings.length) {
        throw new IllegalArgumentException("term " + t + " out of the array");
      }
      termBounds[2 * t] = termFrom[t];
      termBounds[2 * t + 1] = termTo[t];
    }
    return new ChunkTerms(
        Objects.requireNonNull(lengths, "lengths"), blocks, new String[termFrom.length], postings, termBounds,
        postings, bounds(lengths, blocks, termFrom.length, postings, counts, from, to));
  }

  /** The bounds of each term's postings, each read once to refuse damaged ones. */
  private static int[] bounds(int[] lengths, int blocks, int terms, byte[] postings, int[] counts, int[] from, int[] to) {
    int[] bounds = new int[3 * terms];
    Reader reader = new Reader();
    for (int t = 0; t < terms; t++) {
      if (from[t] < 0 || from[t] > to[t] || to[t] > postings.length) {
        throw new IllegalArgumentException("postings of term " + t + " out of the array");
      }
      reader.of(postings, from[t], to[t]);
      int maxBlock = Math.max(1, blocks);
      for (int i = 0; i < counts[t]; i++) {
        int at = reader.at;
        int story;
        int weight;
        int block;
        if (at + 3 <= to[t] && postings[at] >= 0 && postings[at + 1] >= 0 && postings[at + 2] >= 0) {
          // most triples are three numbers of a byte each: read here, as the reader would
          story = postings[at];
          weight = postings[at + 1];
          block = postings[at + 2];
          reader.at = at + 3;
        } else {
          story = reader.next();
          weight = reader.next();
          block = reader.next();
        }
        if (story < 0 || story >= lengths.length || weight < 0 || block < 0 || block >= maxBlock) {
          throw new IllegalArgumentException("a posting of term " + t + " is out of the chunk");
        }
      }
      if (reader.at != to[t]) {
        throw new IllegalArgumentException("postings of term " + t + " are not " + counts[t] + " triples");
      }
      bounds[3 * t] = counts[t];
      bounds[3 * t + 1] = from[t];
      bounds[3 * t + 2] = to[t];
    }
    return bounds;
  }

  public int[] lengths() {
    return lengths;
  }

  public int blocks() {
    return blocks;
  }

  /** The number of terms. */
  public int size() {
    return terms.length;
  }

  /** Term {@code t}. */
  public String term(int t) {
    String term = terms[t];
    if (term == null) {
      term = new String(termBytes, termBounds[2 * t], termBounds[2 * t + 1] - termBounds[2 * t], StandardCharsets.UTF_8);
      terms[t] = term; // another thread may decode it too: the same string
    }
    return term;
  }

  /**
   * The shard of term {@code t} among {@code shards}, as {@link SearchTokens#shard} tells it: for
   * a term of ASCII letters, worked out from its bytes without decoding it.
   */
  public int shard(int t, int shards) {
    if (terms[t] != null || termBytes == null) {
      return SearchTokens.shard(term(t), shards);
    }
    int h = SearchTokens.FNV_OFFSET;
    for (int i = termBounds[2 * t]; i < termBounds[2 * t + 1]; i++) {
      byte b = termBytes[i];
      if (b < 0) {
        return SearchTokens.shard(term(t), shards);
      }
      h = (h ^ b) * SearchTokens.FNV_PRIME;
    }
    return Integer.remainderUnsigned(h, shards);
  }

  /** Every term, in order. */
  public List<String> terms() {
    List<String> all = new java.util.ArrayList<>(terms.length);
    for (int t = 0; t < terms.length; t++) {
      all.add(term(t));
    }
    return all;
  }

  /** The number of postings of all its terms. */
  public long postingCount() {
    return postingCount;
  }

  /** The array the postings are encoded in. */
  public byte[] postings() {
    return postings;
  }

  /** The number of triples of term {@code t}. */
  public int count(int t) {
    return bounds[3 * t];
  }

  /** Where the postings of term {@code t} start in {@link #postings()}. */
  public int from(int t) {
    return bounds[3 * t + 1];
  }

  /** Where the postings of term {@code t} end in {@link #postings()}. */
  public int to(int t) {
    return bounds[3 * t + 2];
  }

  /** The triples of term {@code t}, decoded. */
  public int[] triples(int t) {
    int[] values = new int[3 * count(t)];
    Reader reader = new Reader().of(postings, from(t), to(t));
    for (int i = 0; i < values.length; i++) {
      values[i] = reader.next();
    }
    return values;
  }

  /**
   * Reads encoded numbers from a run of an array; one reader can be pointed at run after run.
   * Reading past the run is an {@link IllegalArgumentException}.
   */
  static final class Reader {
    private byte[] bytes;
    private int at;
    private int end;

    Reader of(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.at = from;
      this.end = to;
      return this;
    }

    int next() {
      if (at < end && bytes[at] >= 0) {
        return bytes[at++]; // most numbers, a story within its chunk, a weight or a block, take one byte
      }
      int value = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        if (at == end) {
          throw new IllegalArgumentException("a number is cut short");
        }
        byte b = bytes[at++];
        value |= (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("a number is too long");
    }
  }
}
