package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryCacheFileTest {
  @TempDir Path temp;

  private final Map<String, StoryCache.Entry> entries =
      Map.of(
          "content/a.md",
          new StoryCache.Entry("k1", "s1", "8 1000 2000 5 7", StoryCodecTest.story("content/a.md", "<p>A</p>"), List.of()),
          "content/b.md",
          new StoryCache.Entry(
              "k2", null, List.of(Diagnostic.error(SourcePos.startOf("content/b.md"), "empty", "story file is empty"))));

  private Map<String, StoryCache.Entry> load(String version) {
    Map<String, StoryCache.Entry> decoded = new java.util.HashMap<>();
    new StoryCacheFile(temp.resolve("cache"), version).load().forEach((file, packed) -> decoded.put(file, packed.entry()));
    return decoded;
  }

  private Path saved() throws Exception {
    Path dir = temp.resolve("cache");
    new StoryCacheFile(dir, "v1").save(entries);
    return dir.resolve(StoryCacheFile.NAME);
  }

  @Test
  void savedEntriesLoadBackEqual() throws Exception {
    saved();
    assertEquals(entries, load("v1"));
  }

  @Test
  void theStoriesOfOneLoadShareTheirShortStrings() throws Exception {
    Path dir = temp.resolve("cache");
    new StoryCacheFile(dir, "v1").save(forty());
    Map<String, StoryCache.Entry> loaded = decoded(new StoryCacheFile(dir, "v1").load());
    Story first = loaded.get("content/s00.md").story();
    Story other = loaded.get("content/s07.md").story();
    assertEquals(first.metadata().people().get(0).name(), other.metadata().people().get(0).name());
    assertSame(first.metadata().people().get(0).name(), other.metadata().people().get(0).name());
    assertSame(first.metadata().countries().get(0).code(), other.metadata().countries().get(0).code());
    // a long string is each story's own
    assertEquals(first.excerpt(), other.excerpt());
    assertNotSame(first.excerpt(), other.excerpt());
  }

  @Test
  void packedEntriesAreWrittenBackAsTheyWere() throws Exception {
    Path file = saved();
    byte[] first = Files.readAllBytes(file);
    new StoryCacheFile(temp.resolve("cache"), "v1").save(new java.util.TreeMap<>(new StoryCacheFile(temp.resolve("cache"), "v1").load()));
    assertArrayEquals(first, Files.readAllBytes(file));
  }

  @Test
  void savingLeavesNoTemporaryFileAndReplacesTheOldFile() throws Exception {
    saved();
    new StoryCacheFile(temp.resolve("cache"), "v1").save(Map.of());
    try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
      assertEquals(List.of(StoryCacheFile.NAME), files.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals(Map.of(), new StoryCacheFile(temp.resolve("cache"), "v1").load());
  }

  @Test
  void aCacheOfOtherCodeIsIgnored() throws Exception {
    saved();
    assertEquals(Map.of(), new StoryCacheFile(temp.resolve("cache"), "v2").load());
  }

  @Test
  void aMissingFileLoadsEmpty() {
    assertEquals(Map.of(), new StoryCacheFile(temp.resolve("nowhere"), "v1").load());
  }

  @Test
  void aTruncatedFileIsIgnoredAtEveryLength() throws Exception {
    Path file = saved();
    byte[] bytes = Files.readAllBytes(file);
    for (int length = 0; length < bytes.length; length++) {
      Files.write(file, Arrays.copyOf(bytes, length));
      assertEquals(Map.of(), load("v1"), "length " + length);
    }
  }

  @Test
  void aFlippedByteAnywhereIsIgnored() throws Exception {
    Path file = saved();
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < bytes.length; i += 7) {
      byte[] damaged = bytes.clone();
      damaged[i] ^= 0x20;
      Files.write(file, damaged);
      assertEquals(Map.of(), load("v1"), "byte " + i);
    }
  }

  @Test
  void aForeignFileIsIgnored() throws Exception {
    Path file = saved();
    Files.writeString(file, "{\"format\": \"something else entirely\"}\n");
    assertEquals(Map.of(), new StoryCacheFile(temp.resolve("cache"), "v1").load());
    Files.delete(file);
    Files.createDirectory(file);
    assertEquals(Map.of(), new StoryCacheFile(temp.resolve("cache"), "v1").load());
  }

  @Test
  void aFileOfAnotherFormatIsIgnoredEvenWithAValidChecksum() throws Exception {
    Path file = saved();
    byte[] bytes = Files.readAllBytes(file);
    bytes[11] = (byte) (StoryCacheFile.FORMAT + 1); // the format number follows the 8 magic bytes
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).putLong(crc.getValue());
    Files.write(file, bytes);
    assertEquals(Map.of(), new StoryCacheFile(temp.resolve("cache"), "v1").load());
    assertTrue(Files.isRegularFile(file));
  }

  /** Forty entries, of files s00.md to s39.md. */
  private static Map<String, StoryCache.Stored> forty() {
    Map<String, StoryCache.Stored> many = new java.util.TreeMap<>();
    for (int i = 0; i < 40; i++) {
      String file = String.format("content/s%02d.md", i);
      many.put(file, new StoryCache.Entry("k" + i, "s" + i, null, StoryCodecTest.story(file, "<p>" + i + "</p>"), List.of()));
    }
    return many;
  }

  /** Saves {@link #forty} in {@code dir}, then again with s03.md changed; gives the second. */
  private Map<String, StoryCache.Stored> fortyThenOneChanged(Path dir) throws Exception {
    new StoryCacheFile(dir, "v1").save(forty());
    Map<String, StoryCache.Stored> next = loaded();
    next.put("content/s03.md", new StoryCache.Entry("changed", null, List.of()));
    new StoryCacheFile(dir, "v1").save(next);
    return next;
  }

  private Map<String, StoryCache.Stored> loaded() {
    return new java.util.TreeMap<>(new StoryCacheFile(temp.resolve("cache"), "v1").load());
  }

  private static Map<String, StoryCache.Entry> decoded(Map<String, ? extends StoryCache.Stored> stored) {
    Map<String, StoryCache.Entry> out = new java.util.TreeMap<>();
    stored.forEach((file, s) -> out.put(file, s.entry()));
    return out;
  }

  @Test
  void aFewChangesAreSavedBesideThePackWhichStaysAsItWas() throws Exception {
    Path dir = temp.resolve("cache");
    new StoryCacheFile(dir, "v1").save(forty());
    byte[] pack = Files.readAllBytes(dir.resolve(StoryCacheFile.NAME));
    Map<String, StoryCache.Stored> next = loaded();
    next.put("content/s03.md", new StoryCache.Entry("changed", StoryCodecTest.story("content/s03.md", "<p>new</p>"), List.of()));
    next.remove("content/s07.md");
    new StoryCacheFile(dir, "v1").save(next);
    assertArrayEquals(pack, Files.readAllBytes(dir.resolve(StoryCacheFile.NAME)));
    assertTrue(Files.size(dir.resolve(StoryCacheFile.CHANGES)) < pack.length / 4);
    assertEquals(decoded(next), decoded(loaded()));
    // and again, from the pack and the changes as loaded: the changes file holds all of them
    Map<String, StoryCache.Stored> again = loaded();
    again.put("content/s11.md", new StoryCache.Entry("changed too", null, List.of()));
    new StoryCacheFile(dir, "v1").save(again);
    assertArrayEquals(pack, Files.readAllBytes(dir.resolve(StoryCacheFile.NAME)));
    assertEquals(decoded(again), decoded(loaded()));
  }

  @Test
  void manyChangesMakeANewPackAndNoChangesFile() throws Exception {
    Path dir = temp.resolve("cache");
    Map<String, StoryCache.Stored> next = fortyThenOneChanged(dir);
    assertTrue(Files.isRegularFile(dir.resolve(StoryCacheFile.CHANGES)));
    for (int i = 0; i < 6; i++) { // six of forty: more than an eighth
      next.put(String.format("content/s%02d.md", i), new StoryCache.Entry("changed " + i, null, List.of()));
    }
    new StoryCacheFile(dir, "v1").save(next);
    assertFalse(Files.exists(dir.resolve(StoryCacheFile.CHANGES)));
    assertEquals(decoded(next), decoded(loaded()));
  }

  @Test
  void savingThePacksOwnEntriesLeavesNoChangesFile() throws Exception {
    Path dir = temp.resolve("cache");
    fortyThenOneChanged(dir);
    Path changes = dir.resolve(StoryCacheFile.CHANGES);
    byte[] bytes = Files.readAllBytes(changes);
    Files.delete(changes);
    Map<String, StoryCache.Stored> packOnly = loaded();
    Files.write(changes, bytes);
    new StoryCacheFile(dir, "v1").save(packOnly);
    assertFalse(Files.exists(dir.resolve(StoryCacheFile.CHANGES)));
    assertEquals(decoded(forty()), decoded(loaded()));
  }

  @Test
  void changesToAnotherPackOrDamagedOnesLoadAsThePackAlone() throws Exception {
    Path dir = temp.resolve("cache");
    Map<String, StoryCache.Stored> next = fortyThenOneChanged(dir);
    byte[] changes = Files.readAllBytes(dir.resolve(StoryCacheFile.CHANGES));
    for (int length = 0; length < changes.length; length += 3) {
      Files.write(dir.resolve(StoryCacheFile.CHANGES), Arrays.copyOf(changes, length));
      assertEquals(decoded(forty()), decoded(loaded()), "length " + length);
    }
    // a new pack of the same entries, and the old changes put back beside it: not its changes
    Files.delete(dir.resolve(StoryCacheFile.NAME));
    new StoryCacheFile(dir, "v1").save(forty());
    Files.write(dir.resolve(StoryCacheFile.CHANGES), changes);
    assertEquals(decoded(forty()), decoded(loaded()));
  }
}
