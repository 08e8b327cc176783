package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
      new ChunkTerms(new int[] {12, 300, 0}, 2, List.of("gozo", "ferry", "ħamrun"),
          List.of(new int[] {0, 3, 0, 2, 1, 1}, new int[] {1, 200, 1}, new int[] {2, 130000, 7}));

  private static void assertSame(ChunkTerms want, ChunkTerms got) {
    assertArrayEquals(want.lengths(), got.lengths());
    assertEquals(want.blocks(), got.blocks());
    assertEquals(want.terms(), got.terms());
    assertEquals(want.postings().size(), got.postings().size());
    for (int i = 0; i < want.postings().size(); i++) {
      assertArrayEquals(want.postings().get(i), got.postings().get(i));
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
}
