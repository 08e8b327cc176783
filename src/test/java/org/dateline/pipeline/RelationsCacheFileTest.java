package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dateline.model.Relations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationsCacheFileTest {
  @TempDir Path temp;

  private static final Relations RELATIONS =
      new Relations(
          Map.of("ferry-line", List.of("harbour", "quay-repairs"), "harbour", List.of("ferry-line")),
          Map.of("miriam-okonjo", List.of("ħamrun-mayor")),
          Map.of("MT", List.of("IT", "GB"), "IT", List.of("MT")));

  private final AtomicInteger made = new AtomicInteger();

  private Supplier<Relations> make(Relations relations) {
    return () -> {
      made.incrementAndGet();
      return relations;
    };
  }

  @Test
  void relationsOfTheSameKeyComeBackWithoutBeingMadeAndAreNotWrittenAgain() throws Exception {
    Path dir = temp.resolve("cache");
    RelationsCacheFile first = RelationsCacheFile.load(dir, "v1");
    assertEquals(RELATIONS, first.get("k1", make(RELATIONS)));
    first.save();
    assertEquals(1, made.get());

    RelationsCacheFile second = RelationsCacheFile.load(dir, "v1");
    assertEquals(RELATIONS, second.get("k1", make(Relations.NONE)));
    assertEquals(1, made.get(), "kept, not made");
    FileTime before = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    Files.setLastModifiedTime(first.path(), before);
    second.save();
    assertEquals(before, Files.getLastModifiedTime(first.path()), "nothing new, nothing written");

    assertEquals(Relations.NONE, second.get("k2", make(Relations.NONE)));
    assertEquals(2, made.get(), "another key: made again");
    second.save();
    assertEquals(Relations.NONE, RelationsCacheFile.load(dir, "v1").get("k2", make(RELATIONS)));
    assertEquals(2, made.get());
  }

  @Test
  void anotherCodeVersionOrADamagedFileHoldsNothing() throws Exception {
    Path dir = temp.resolve("cache");
    RelationsCacheFile first = RelationsCacheFile.load(dir, "v1");
    first.get("k1", make(RELATIONS));
    first.save();

    RelationsCacheFile.load(dir, "v2").get("k1", make(RELATIONS));
    assertEquals(2, made.get(), "other code: made again");

    byte[] bytes = Files.readAllBytes(first.path());
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(first.path(), bytes);
    RelationsCacheFile.load(dir, "v1").get("k1", make(RELATIONS));
    assertEquals(3, made.get(), "damaged: made again");

    Files.write(first.path(), new byte[] {1, 2, 3});
    RelationsCacheFile.load(dir, "v1").get("k1", make(RELATIONS));
    assertEquals(4, made.get(), "truncated: made again");
  }

  @Test
  void aBuildKeepsRelationsBetweenBuildsAndMakesThemAgainWhenAStoryNamesSomeoneNew() throws Exception {
    Path root = org.dateline.testing.Fixtures.site("basic", temp.resolve("site"));
    Path cache = root.resolve(BuildOptions.CACHE_DIR).resolve(RelationsCacheFile.NAME);
    new SiteBuild(BuildOptions.standard(root)).run();
    assertTrue(Files.isRegularFile(cache));
    FileTime before = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    Files.setLastModifiedTime(cache, before);

    Path story = root.resolve("content/2024/ferry-line.md");
    Files.writeString(story, Files.readString(story).replace("ninety minutes", "two hours"));
    new SiteBuild(BuildOptions.standard(root)).run();
    assertEquals(before, Files.getLastModifiedTime(cache), "the same people, countries and dates: relations kept");

    Files.writeString(story, Files.readString(story) + "\nThe plan was backed by Miriam Okonjo, the harbour engineer.\n");
    new SiteBuild(BuildOptions.standard(root)).run();
    assertFalse(before.equals(Files.getLastModifiedTime(cache)), "someone new: relations made again");
  }
}
