package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.dateline.render.search.ChunkTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCacheFileTest {
  @TempDir Path temp;

  private static final ChunkTerms TERMS =
      new ChunkTerms(new int[] {12, 300, 0}, 8, List.of("gozo", "ferry", "ħamrun"),
          List.of(new int[] {0, 3, 0, 2, 1, 1}, new int[] {1, 200, 1}, new int[] {2, 130000, 7}));

  private static void assertSame(ChunkTerms want, ChunkTerms got) {
    assertArrayEquals(want.lengths(), got.lengths());
    assertEquals(want.blocks(), got.blocks());
    assertEquals(want.terms(), got.terms());
    for (int t = 0; t < want.terms().size(); t++) {
      assertArrayEquals(want.triples(t), got.triples(t));
    }
  }

  @Test
  void savedEntriesComeBackAndOnlyUsedOnesAreKept() throws Exception {
    Path dir = temp.resolve("cache");
    SearchCacheFile first = SearchCacheFile.load(dir);
    assertNull(first.get("a"));
    first.put("a", TERMS);
    first.put("b", TERMS);
    first.save();

    SearchCacheFile second = SearchCacheFile.load(dir);
    assertSame(TERMS, second.get("a"));
    second.save();
    assertEquals(java.util.Set.of("a"), second.usedKeys());
    SearchCacheFile third = SearchCacheFile.load(dir);
    assertNull(third.get("b"), "an entry no build used is dropped");
    assertSame(TERMS, third.get("a"));

    Path file = dir.resolve(SearchCacheFile.NAME);
    FileTime before = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    Files.setLastModifiedTime(file, before);
    third.save();
    assertEquals(before, Files.getLastModifiedTime(file), "the same entries are not written again");
  }

  @Test
  void aDamagedFileLoadsAsEmpty() throws Exception {
    Path dir = temp.resolve("cache");
    SearchCacheFile cache = SearchCacheFile.load(dir);
    cache.put("a", TERMS);
    cache.save();
    Path file = dir.resolve(SearchCacheFile.NAME);
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < bytes.length; i += 7) {
      byte[] damaged = bytes.clone();
      damaged[i] ^= 0x10;
      Files.write(file, damaged);
      assertNull(SearchCacheFile.load(dir).get("a"), "byte " + i);
    }
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertNull(SearchCacheFile.load(dir).get("a"), "truncated");
  }

  @Test
  void recordsRoundTrip() {
    assertSame(TERMS, SearchCacheFile.decode(SearchCacheFile.encode(TERMS)));
    assertNull(SearchCacheFile.decode(new byte[] {5, 1}));
  }

  @Test
  void aRecordCutShortOrRunOnDecodesAsNothing() {
    byte[] record = SearchCacheFile.encode(TERMS);
    for (int length = 0; length < record.length; length++) {
      assertNull(SearchCacheFile.decode(java.util.Arrays.copyOf(record, length)), "cut to " + length);
    }
    assertNull(SearchCacheFile.decode(java.util.Arrays.copyOf(record, record.length + 1)), "a byte more");
    byte[] endless = new byte[12];
    java.util.Arrays.fill(endless, (byte) 0x80);
    assertNull(SearchCacheFile.decode(endless), "a number that never ends");
  }

  /** A cache of chunks k00 to k39 saved in {@code dir}: chunk i has 100 + i stories. */
  private static void saveForty(Path dir) throws Exception {
    SearchCacheFile cache = SearchCacheFile.load(dir);
    for (int i = 0; i < 40; i++) {
      cache.put(String.format("k%02d", i), terms(i));
    }
    cache.save();
  }

  private static ChunkTerms terms(int stories) {
    return new ChunkTerms(new int[100 + stories], 1, List.of("ferry"), List.of(new int[] {0, 1, 0}));
  }

  /** Uses every chunk but {@code skip} from a fresh load, and puts {@code added}. */
  private static void buildUsing(Path dir, String skip, String added) throws Exception {
    SearchCacheFile cache = SearchCacheFile.load(dir);
    for (int i = 0; i < 40; i++) {
      String key = String.format("k%02d", i);
      if (!key.equals(skip)) {
        assertSame(terms(i), cache.get(key));
      }
    }
    cache.put(added, terms(99));
    cache.save();
  }

  @Test
  void aChangedChunkIsSavedBesideThePackWhichStaysAsItWas() throws Exception {
    Path dir = temp.resolve("cache");
    saveForty(dir);
    byte[] pack = Files.readAllBytes(dir.resolve(SearchCacheFile.NAME));
    buildUsing(dir, "k07", "new");
    assertArrayEquals(pack, Files.readAllBytes(dir.resolve(SearchCacheFile.NAME)));
    assertTrue(Files.size(dir.resolve(SearchCacheFile.CHANGES)) < pack.length / 4);
    SearchCacheFile loaded = SearchCacheFile.load(dir);
    assertSame(terms(99), loaded.get("new"));
    assertNull(loaded.get("k07"));
    assertSame(terms(3), loaded.get("k03"));
  }

  @Test
  void changesToAnotherPackOrDamagedOnesLoadAsThePackAlone() throws Exception {
    Path dir = temp.resolve("cache");
    saveForty(dir);
    buildUsing(dir, "k07", "new");
    Path changes = dir.resolve(SearchCacheFile.CHANGES);
    byte[] bytes = Files.readAllBytes(changes);
    for (int length = 0; length < bytes.length; length += 5) {
      Files.write(changes, java.util.Arrays.copyOf(bytes, length));
      SearchCacheFile loaded = SearchCacheFile.load(dir);
      assertNull(loaded.get("new"), "length " + length);
      assertSame(terms(7), loaded.get("k07"));
    }
    Files.delete(dir.resolve(SearchCacheFile.NAME));
    saveForty(dir);
    Files.write(changes, bytes);
    assertNull(SearchCacheFile.load(dir).get("new"), "changes to the pack before");
  }

  @Test
  void manyChangedChunksMakeANewPack() throws Exception {
    Path dir = temp.resolve("cache");
    saveForty(dir);
    SearchCacheFile cache = SearchCacheFile.load(dir);
    for (int i = 0; i < 34; i++) { // six of forty not used: more than an eighth
      cache.get(String.format("k%02d", i));
    }
    cache.save();
    assertFalse(Files.exists(dir.resolve(SearchCacheFile.CHANGES)));
    SearchCacheFile loaded = SearchCacheFile.load(dir);
    assertSame(terms(33), loaded.get("k33"));
    assertNull(loaded.get("k34"));
  }
}
