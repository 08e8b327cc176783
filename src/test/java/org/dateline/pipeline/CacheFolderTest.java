package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.diag.Diagnostic;
import org.dateline.read.SourceScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFolderTest {
  @TempDir Path root;

  private static StoryCache.Entry entry(String file) {
    return new StoryCache.Entry("k-" + file, "s", "1 2 3 4 5", StoryCodecTest.story(file, "<p>A</p>"), List.of());
  }

  private Path storiesFile() {
    return root.resolve(".dateline-cache").resolve(StoryCacheFile.NAME);
  }

  @Test
  void withoutAFolderNothingIsLoadedOrSaved() throws Exception {
    CacheFolder none = new CacheFolder(null, root, null);
    assertTrue(none.version().isEmpty());
    assertNull(none.clock());
    assertTrue(none.lastBuild().isEmpty());
    CacheFolder.Stories stored = none.loadStoriesAside();
    assertNull(stored.file());
    assertNull(none.stories(stored), "no stories cache: every story is read");
    assertNull(none.relations());
    assertNull(none.loadSearchAside().join());
    assertEquals(List.of(), none.saveStoriesAside(stored, new StoryCache(), List.of(), 1).join());
    assertNull(none.saveArchiveAside(null, "key", List.of()).join());
    none.remember(null);
    assertEquals(List.of(), List.of(root.toFile().list()), "nothing written under the project");
  }

  @Test
  void theStoriesAreSavedWhenSomeWereReadAndLoadBack() throws Exception {
    CacheFolder caches = new CacheFolder(root.resolve(".dateline-cache"), root, null);
    CacheFolder.Stories stored = caches.loadStoriesAside();
    StoryCache stories = caches.stories(stored);
    assertTrue(stories.isEmpty());
    Files.createDirectories(root.resolve("content"));
    Files.writeString(root.resolve("content/a.md"), "A");
    SourceScanner.SourceFile a = new SourceScanner.SourceFile(root.resolve("content/a.md"), "content/a.md");
    stories.put("content/a.md", entry("content/a.md"));

    assertEquals(List.of(), caches.saveStoriesAside(stored, stories, List.of(a), 0).join());
    assertFalse(Files.exists(storiesFile()), "nothing read and nothing gone: nothing to save");

    assertEquals(List.of(), caches.saveStoriesAside(stored, stories, List.of(a), 1).join());
    StoryCache loaded = new CacheFolder(root.resolve(".dateline-cache"), root, null).stories(caches.loadStoriesAside());
    assertEquals(entry("content/a.md"), loaded.of("content/a.md").entry());
  }

  @Test
  void theEntriesOfFilesGoneFromDiskAreDroppedAndSaved() throws Exception {
    CacheFolder caches = new CacheFolder(root.resolve(".dateline-cache"), root, null);
    CacheFolder.Stories stored = caches.loadStoriesAside();
    StoryCache stories = caches.stories(stored);
    stories.put("content/gone.md", entry("content/gone.md"));
    stories.put("seeds/kept.md", entry("seeds/kept.md"));
    Files.createDirectories(root.resolve("seeds"));
    Files.writeString(root.resolve("seeds/kept.md"), "K"); // on disk, though not in this build

    assertEquals(List.of(), caches.saveStoriesAside(stored, stories, List.of(), 0).join());
    StoryCache loaded = caches.stories(new CacheFolder(root.resolve(".dateline-cache"), root, null).loadStoriesAside());
    assertNull(loaded.of("content/gone.md"));
    assertEquals(entry("seeds/kept.md"), loaded.of("seeds/kept.md").entry());
  }

  @Test
  void aFileThatCannotBeWrittenIsAWarningNamingIt() throws Exception {
    Path blocked = root.resolve(".dateline-cache");
    Files.writeString(blocked, "a file where the folder should be");
    CacheFolder caches = new CacheFolder(blocked, root, null);
    StoryCache stories = new StoryCache();
    stories.put("content/a.md", entry("content/a.md"));
    List<Diagnostic> warnings =
        caches.saveStoriesAside(caches.loadStoriesAside(), stories, List.of(), 1).join();
    assertEquals(1, warnings.size());
    assertTrue(
        warnings.get(0).toString().startsWith(".dateline-cache/stories.bin:1:1: warning: cannot write the build cache ("),
        warnings.get(0).toString());
    assertTrue(warnings.get(0).toString().endsWith("the next build reads every story again [cache]"), warnings.get(0).toString());
  }
}
