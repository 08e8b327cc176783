package org.dateline.render.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkTermsTest {
  private static final ChunkTerms TERMS =
      new ChunkTerms(new int[] {12, 300, 0}, 8, List.of("gozo", "ferry", "ħamrun"),
          List.of(new int[] {0, 3, 0, 2, 1, 1}, new int[] {1, 200, 1}, new int[] {2, 130000, 7}));

  @Test
  void triplesComeBackAsTheyWereGiven() {
    assertArrayEquals(new int[] {0, 3, 0, 2, 1, 1}, TERMS.triples(0));
    assertArrayEquals(new int[] {1, 200, 1}, TERMS.triples(1));
    assertArrayEquals(new int[] {2, 130000, 7}, TERMS.triples(2));
    assertEquals(2, TERMS.count(0));
    assertEquals(1, TERMS.count(2));
    // one byte a number below 128, three for 130000
    assertEquals(6, TERMS.to(0) - TERMS.from(0));
    assertEquals(5, TERMS.to(2) - TERMS.from(2));
  }

  /**
   * A chunk of one term, its name left empty, with {@code count} triples in {@code bytes} from
   * {@code from} to {@code to}.
   */
  private static ChunkTerms oneTerm(int[] lengths, int blocks, byte[] bytes, int count, int from, int to) {
    return ChunkTerms.encoded(
        lengths, blocks, bytes, new int[] {0}, new int[] {0}, new int[] {count}, new int[] {from}, new int[] {to});
  }

  @Test
  void encodedPostingsAreReadWhereTheyAreInALargerArray() {
    byte[] record = new byte[40];
    Arrays.fill(record, (byte) 0x7f);
    byte[] ferry = Arrays.copyOfRange(TERMS.postings(), TERMS.from(1), TERMS.to(1));
    System.arraycopy(ferry, 0, record, 10, ferry.length);
    ChunkTerms terms = oneTerm(new int[] {1, 2}, 2, record, 1, 10, 10 + ferry.length);
    assertArrayEquals(new int[] {1, 200, 1}, terms.triples(0));
  }

  @Test
  void damagedPostingsAreRefused() {
    byte[] bytes = TERMS.postings();
    int[] lengths = {12, 300, 0};
    int from = TERMS.from(0);
    int to = TERMS.to(0);
    // a story beyond the chunk's
    assertThrows(IllegalArgumentException.class, () -> oneTerm(new int[] {12}, 8, bytes, 2, from, to));
    // a block beyond the chunk's
    assertThrows(IllegalArgumentException.class, () -> oneTerm(lengths, 1, bytes, 2, from, to));
    // more triples than the bytes hold, and fewer
    assertThrows(IllegalArgumentException.class, () -> oneTerm(lengths, 8, bytes, 3, from, to));
    assertThrows(IllegalArgumentException.class, () -> oneTerm(lengths, 8, bytes, 1, from, to));
    // a number cut short: the last byte of 130000 left out
    assertThrows(IllegalArgumentException.class, () -> oneTerm(lengths, 8, bytes, 1, TERMS.from(2), TERMS.to(2) - 1));
    // bounds outside the array
    assertThrows(IllegalArgumentException.class, () -> oneTerm(lengths, 8, bytes, 2, from, bytes.length + 1));
  }

  @Test
  void postingsMustBeTriples() {
    assertThrows(IllegalArgumentException.class,
        () -> new ChunkTerms(new int[] {1}, 1, List.of("a"), List.of(new int[] {0, 1})));
    assertThrows(IllegalArgumentException.class,
        () -> new ChunkTerms(new int[] {1}, 1, List.of("a", "b"), List.of(new int[] {0, 1, 0})));
  }

  @Test
  void termsGivenAsBytesAreDecodedAndShardedAsTheirStrings() {
    List<String> words = List.of("gozo", "ħamrun", "ferry2024", "日本", "\uD835\uDD18nicode", "");
    java.io.ByteArrayOutputStream record = new java.io.ByteArrayOutputStream();
    int n = words.size();
    int[] termFrom = new int[n];
    int[] termTo = new int[n];
    int[] counts = new int[n];
    int[] from = new int[n];
    int[] to = new int[n];
    for (int t = 0; t < n; t++) {
      byte[] bytes = words.get(t).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      termFrom[t] = record.size();
      record.writeBytes(bytes);
      termTo[t] = record.size();
      from[t] = record.size();
      record.writeBytes(new byte[] {0, 1, 0}); // story 0, weight 1, block 0
      to[t] = record.size();
      counts[t] = 1;
    }
    ChunkTerms terms = ChunkTerms.encoded(new int[] {5}, 1, record.toByteArray(), termFrom, termTo, counts, from, to);
    assertEquals(n, terms.size());
    assertEquals(n, terms.postingCount());
    for (int shards : new int[] {1, 7, 13, 1000}) {
      for (int t = 0; t < n; t++) {
        assertEquals(SearchTokens.shard(words.get(t), shards), terms.shard(t, shards), words.get(t));
      }
    }
    assertEquals(words, terms.terms());
    assertThrows(
        IllegalArgumentException.class,
        () -> ChunkTerms.encoded(new int[] {5}, 1, new byte[3], new int[] {2}, new int[] {4}, new int[] {0}, new int[] {0}, new int[] {0}),
        "a term past the end of the array");
  }
}
