package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.MetadataExtractor;
import org.dateline.extract.PeopleRegistry;
import org.dateline.read.DocumentReader;
import org.dateline.read.SourceScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the read stage reads, and what it takes from the cache instead. */
class ReadStageTest {
  private static final String CONTEXT = "context";

  @TempDir Path temp;

  private final DocumentReader reader = new DocumentReader(false);
  private final MetadataExtractor extractor = MetadataExtractor.withDefaults(PeopleRegistry.EMPTY);

  private ReadStage.Result read(StoryCache cache, SourceScanner.SourceFile file, Map<Path, String> stamps) {
    return read(cache, file, stamps, CONTEXT);
  }

  private ReadStage.Result read(
      StoryCache cache, SourceScanner.SourceFile file, Map<Path, String> stamps, String context) {
    return new ReadStage(reader, () -> extractor, cache, context, stamps, SiteBuild.STORY_TIME_LIMIT, (done, total) -> {})
        .read(List.of(file));
  }

  /** The story file content/story.md, holding {@code text}. */
  private SourceScanner.SourceFile storyFile(String text) throws Exception {
    Path path = temp.resolve("story.md");
    Files.write(path, text.getBytes(StandardCharsets.UTF_8));
    return new SourceScanner.SourceFile(path, "content/story.md");
  }

  /** A cache holding {@code file} as read from {@code text} with {@code stamp}. */
  private StoryCache cacheOf(SourceScanner.SourceFile file, String text, String stamp) throws Exception {
    Path elsewhere = temp.resolve("elsewhere.md");
    Files.writeString(elsewhere, text);
    StoryCache cache = new StoryCache();
    read(cache, new SourceScanner.SourceFile(elsewhere, file.displayPath()), Map.of());
    StoryCache.Entry entry = cache.snapshot().get(file.displayPath()).entry();
    cache.put(file.displayPath(), entry.from(entry.source(), stamp));
    return cache;
  }

  private static String title(ReadStage.Result result) {
    return result.stories().get(0).metadata().title();
  }

  @Test
  void aStorysBodyHasAPartForEachRunOfParagraphsAndEachHeadingNoneEmpty() throws Exception {
    SourceScanner.SourceFile file =
        storyFile("---\ntitle: Ferries\n---\nThe first paragraph.\n\nThe second.\n\n## Later\n\nThe third.\n");
    List<org.dateline.model.Story.BodyPart> body = read(new StoryCache(), file, Map.of()).stories().get(0).body();
    assertEquals(3, body.size(), body.toString());
    assertEquals("<p>The first paragraph.</p>\n<p>The second.</p>", body.get(0).html().toString());
    assertEquals("Later", body.get(1).text());
    assertTrue(body.get(1).heading());
    assertEquals("<p>The third.</p>", body.get(2).html().toString());
  }

  @Test
  void aFileWhoseTrustedStampIsItsEntrysIsNotReadAgain() throws Exception {
    SourceScanner.SourceFile file = storyFile("---\ntitle: Now\n---\nThe text as it is now.\n");
    Path path = file.path();
    StoryCache cache = cacheOf(file, "---\ntitle: Then\n---\nThe text as it was.\n", "12 34 56 1 2");

    // the stamp vouches for the bytes: the entry is taken as it is, the file left unread
    ReadStage.Result trusted = read(cache, file, Map.of(path, "12 34 56 1 2"));
    assertEquals("Then", title(trusted));
    assertEquals(1, trusted.reused());
    assertEquals(0, trusted.fresh());

    // another stamp, or none: the file is read, and its entry made anew with the stamp it had
    ReadStage.Result restamped = read(cache, file, Map.of(path, "99 34 56 1 2"));
    assertEquals("Now", title(restamped));
    assertEquals(1, restamped.fresh());
    assertEquals("99 34 56 1 2", cache.snapshot().get("content/story.md").stamp());
    assertEquals(StoryCache.source(Files.readAllBytes(path)), cache.snapshot().get("content/story.md").source());
  }

  @Test
  void storiesTakenFromTheCacheNeverAskForTheExtractor() throws Exception {
    String text = "---\ntitle: Same\n---\nThe same text.\n";
    SourceScanner.SourceFile file = storyFile(text);
    StoryCache cache = cacheOf(file, text, "1 2 3 4 5");
    ReadStage stage =
        new ReadStage(
            reader,
            () -> {
              throw new AssertionError("the extractor was asked for");
            },
            cache, CONTEXT, Map.of(file.path(), "1 9 9 4 5"), SiteBuild.STORY_TIME_LIMIT, (done, total) -> {});
    ReadStage.Result touched = stage.read(List.of(file));
    assertEquals("Same", title(touched), "read, found unchanged, and taken from the cache");
    assertEquals(1, touched.reused());
  }

  @Test
  void aStampIsNotTrustedForBytesReadInAnotherContext() throws Exception {
    SourceScanner.SourceFile file = storyFile("---\ntitle: Now\n---\nThe text.\n");
    StoryCache cache = cacheOf(file, "---\ntitle: Now\n---\nThe text.\n", "1 2 3 4 5");
    ReadStage.Result other = read(cache, file, Map.of(file.path(), "1 2 3 4 5"), "other context");
    assertEquals(0, other.reused(), "read and extracted again, as the settings or code changed");
  }

  @Test
  void aFileTouchedButNotChangedKeepsItsStoryAndTakesItsNewStamp() throws Exception {
    String text = "---\ntitle: Same\n---\nThe same text.\n";
    SourceScanner.SourceFile file = storyFile(text);
    Path path = file.path();
    StoryCache cache = cacheOf(file, text, "1 2 3 4 5");
    int misses = cache.misses();
    ReadStage.Result touched = read(cache, file, Map.of(path, "1 9 9 4 5"));
    assertEquals(1, touched.reused(), "not extracted again");
    assertEquals(misses, cache.misses());
    assertEquals(1, touched.fresh(), "the entry changed: it is saved with its new stamp");
    assertEquals("1 9 9 4 5", cache.snapshot().get("content/story.md").stamp());

    ReadStage.Result untrusted = read(cache, file, Map.of());
    assertEquals(0, untrusted.fresh(), "no stamp to trust: the entry keeps the one it has");
    assertEquals("1 9 9 4 5", cache.snapshot().get("content/story.md").stamp());
  }

  @Test
  void aStoryEditedInItsParagraphsAloneIsABodyEdit() throws Exception {
    String before = "---\ntitle: Ferries\n---\nThe ferry takes ninety minutes.\n\n## Timetable\n\nIt sails at nine.\n";
    SourceScanner.SourceFile file = storyFile(before);
    StoryCache cache = new StoryCache();
    ReadStage.Result first = read(cache, file, Map.of());
    ReadStage.Result same = read(cache, file, Map.of());
    assertEquals(first.changes().after(), same.changes().before(), "the cache holds what the first read left");
    assertEquals(same.changes().before(), same.changes().after());
    assertEquals(Optional.of(Set.of()), same.changes().bodyEdits());

    storyFile(before.replace("It sails at nine.", "It sails at ten."));
    ReadStage.Result edited = read(cache, file, Map.of());
    assertEquals(same.changes().after(), edited.changes().before());
    assertNotEquals(edited.changes().before(), edited.changes().after());
    assertEquals(Optional.of(Set.of("content/story.md")), edited.changes().bodyEdits());
  }

  @Test
  void aStoryWhoseMetadataOrHeadingsChangedIsNoBodyEdit() throws Exception {
    String before = "---\ntitle: Ferries\n---\nThe ferry takes ninety minutes.\n\n## Timetable\n\nIt sails at nine.\n";
    for (String after :
        List.of(
            before.replace("title: Ferries", "title: Boats"),
            before.replace("## Timetable", "## Times"),
            before.replace("It sails at nine.", "It sails at nine, said Miriam Okonjo, the harbour engineer."),
            before.replace("The ferry takes ninety minutes.", "The ferry to Norway takes ninety minutes."),
            "---\ntitle: Ferries\ndraft: true\n---\nNot yet.\n")) {
      SourceScanner.SourceFile file = storyFile(before);
      StoryCache cache = new StoryCache();
      read(cache, file, Map.of());
      storyFile(after);
      assertEquals(Optional.empty(), read(cache, file, Map.of()).changes().bodyEdits(), after);
    }
  }
}
