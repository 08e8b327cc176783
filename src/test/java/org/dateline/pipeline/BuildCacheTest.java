package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.dateline.diag.Diagnostic;
import org.dateline.testing.Fixtures;
import org.dateline.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build cache on disk: reused across builds, invalidated by what changes a story, never harmful. */
class BuildCacheTest {
  @TempDir Path temp;

  private static BuildOptions options(Path root) {
    return BuildOptions.standard(root).withKeepGoing(true);
  }

  /** A build with a fresh in-memory cache, filled from disk first, so that its misses count the stories read. */
  private static StoryCache buildCounting(Path root) throws Exception {
    StoryCache counting = new StoryCache();
    new SiteBuild(options(root)).withCache(counting).run();
    return counting;
  }

  private static Map<String, StoryCacheFile.Packed> onDisk(Path root) {
    return new StoryCacheFile(root.resolve(BuildOptions.CACHE_DIR), CodeVersion.current().orElseThrow()).load();
  }

  private static Path cacheFile(Path root) {
    return root.resolve(BuildOptions.CACHE_DIR).resolve(StoryCacheFile.NAME);
  }

  private static void assertSameTree(Path expected, Path actual) throws Exception {
    assertEquals(Golden.files(expected), Golden.files(actual));
    for (String file : Golden.files(expected)) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic", "broken", "browse"})
  void aWarmCacheBuildsTheSameBytesAndProblemsAsNoCache(String fixture) throws Exception {
    Path root = Fixtures.site(fixture, temp.resolve(fixture));
    Path uncachedOut = temp.resolve("uncached-out");
    BuildReport uncached = new SiteBuild(options(root).withoutCache().withOut(uncachedOut)).run();
    assertFalse(Files.exists(root.resolve(BuildOptions.CACHE_DIR)), "no cache folder without a cache");
    BuildReport cold = new SiteBuild(options(root)).run();
    BuildReport warm = new SiteBuild(options(root)).run();
    assertEquals(0, cold.reused());
    assertTrue(warm.stories() > 0);
    assertEquals(warm.stories(), warm.reused(), "every story from the cache");
    assertEquals(uncached.problems(), cold.problems());
    assertEquals(uncached.problems(), warm.problems());
    assertSameTree(uncachedOut, root.resolve("site-out"));
  }

  @Test
  void aSecondBuildReadsOnlyTheStoryThatChanged() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    assertEquals(3, buildCounting(root).misses(), "two stories and a draft");
    assertEquals(0, buildCounting(root).misses(), "nothing changed");
    Fixtures.write(root, "content/2024/ferry-line.md",
        Files.readString(root.resolve("content/2024/ferry-line.md")).replace("ninety minutes", "two hours"));
    StoryCache third = new StoryCache();
    BuildReport report = new SiteBuild(options(root)).withCache(third).run();
    assertEquals(1, third.misses(), "only the edited story is read again");
    assertEquals(1, report.reused());
    assertTrue(Files.readString(root.resolve("site-out/articles/ferry-line.html")).contains("two hours"));
  }

  @Test
  void aStoryIsNotReadWhileItsStampIsTheOneTheCacheHoldsAndATouchedOneTakesItsNewStamp() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.letTheFileClockTick(temp); // else the copied stories could be as new as the build's clock
    buildCounting(root);
    String story = "content/2024/ferry-line.md";
    String stamp = onDisk(root).get(story).stamp();
    assertTrue(stamp != null && !stamp.isEmpty(), "a story older than the build's clock is stamped");
    assertEquals(StoryCache.source(Files.readAllBytes(root.resolve(story))), onDisk(root).get(story).source());

    Files.setLastModifiedTime(root.resolve(story), FileTime.fromMillis(1_000_000_000_000L)); // touched, not changed
    Fixtures.letTheFileClockTick(temp);
    StoryCache touched = new StoryCache();
    BuildReport report = new SiteBuild(options(root)).withCache(touched).run();
    assertEquals(0, touched.misses(), "its bytes are the same: not extracted again");
    assertEquals(report.stories(), report.reused());
    assertFalse(stamp.equals(onDisk(root).get(story).stamp()), "the cache holds its new stamp");
  }

  @Test
  void thePeopleRegistryAndTrustHtmlInvalidateEveryStory() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    buildCounting(root);
    Fixtures.write(root, "content/people.yaml", "people:\n  - name: Joseph Camilleri\n    aliases: [Joe Camilleri]\n");
    assertEquals(3, buildCounting(root).misses(), "a new people registry");
    assertEquals(0, buildCounting(root).misses());
    Files.writeString(root.resolve("site.yaml"), Files.readString(root.resolve("site.yaml")) + "trust_html: true\n");
    assertEquals(3, buildCounting(root).misses(), "trusting raw HTML changes the bodies");
    Files.writeString(root.resolve("site.yaml"), Files.readString(root.resolve("site.yaml")) + "page_size: 2\n");
    assertEquals(0, buildCounting(root).misses(), "settings that do not change reading keep the cache");
  }

  @Test
  void warningsOfCachedStoriesAreReportedOnEveryBuild() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.write(root, "content/odd.md", "---\ntitle: Odd\ntagz: [a]\n---\nBody of the odd story.\n");
    String warning = "content/odd.md:3:1: warning: unknown front matter key 'tagz'";
    for (int build = 1; build <= 2; build++) {
      BuildReport report = new SiteBuild(options(root)).run();
      assertEquals(build == 1 ? 0 : 3, report.reused());
      assertTrue(
          report.problems().stream().map(Diagnostic::toString).anyMatch(d -> d.startsWith(warning)),
          "build " + build + ": " + report.problems());
    }
  }

  @Test
  void aDamagedCacheIsIgnoredAndRewritten() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    new SiteBuild(options(root)).run();
    Path expected = temp.resolve("expected");
    Fixtures.copyTree(root.resolve("site-out"), expected);
    byte[] bytes = Files.readAllBytes(cacheFile(root));
    Files.write(cacheFile(root), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    LastBuild.forget(root.resolve(BuildOptions.CACHE_DIR)); // so that the stories are read
    BuildReport report = new SiteBuild(options(root)).run();
    assertEquals(0, report.reused());
    assertEquals(List.of(), report.problems().stream().filter(d -> d.code().equals("cache")).toList());
    assertSameTree(expected, root.resolve("site-out"));
    LastBuild.forget(root.resolve(BuildOptions.CACHE_DIR));
    assertEquals(2, new SiteBuild(options(root)).run().reused(), "the cache was written again");
  }

  @Test
  void deletedStoriesLeaveTheCacheAndAnUnchangedBuildDoesNotRewriteIt() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    new SiteBuild(options(root)).run();
    assertTrue(onDisk(root).containsKey("seeds/001_a3f9c2.txt"));
    Files.delete(root.resolve("seeds/001_a3f9c2.txt"));
    new SiteBuild(options(root)).run();
    assertEquals(List.of("content/2024/draft-story.md", "content/2024/ferry-line.md"),
        onDisk(root).keySet().stream().sorted().toList());
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(cacheFile(root), old);
    new SiteBuild(options(root)).run();
    assertEquals(old, Files.getLastModifiedTime(cacheFile(root)), "nothing changed, nothing written");
  }

  @Test
  void aBuildOfSomeFoldersKeepsTheOtherFoldersEntries() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    new SiteBuild(options(root)).run();
    new SiteBuild(options(root).withSources(List.of(Path.of("content")))).run();
    assertTrue(onDisk(root).containsKey("seeds/001_a3f9c2.txt"));
  }

  @Test
  void aCacheThatCannotBeWrittenIsAWarningNotAFailure() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Files.writeString(root.resolve(BuildOptions.CACHE_DIR), "a file where the cache folder should be");
    BuildReport report = new SiteBuild(options(root)).run();
    assertEquals(2, report.stories());
    assertTrue(
        report.problems().stream()
            .anyMatch(d -> d.toString().startsWith(".dateline-cache/stories.bin:1:1: warning: cannot write the build cache")),
        report.problems().toString());
  }

  @Test
  void aFailingBuildReportsTheCacheItCouldNotWriteToo() throws Exception {
    Path root = Fixtures.site("broken", temp.resolve("site"));
    Files.writeString(root.resolve(BuildOptions.CACHE_DIR), "a file where the cache folder should be");
    org.dateline.diag.ContentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.dateline.diag.ContentException.class, () -> new SiteBuild(BuildOptions.standard(root)).run());
    List<String> problems = e.diagnostics().stream().map(Diagnostic::toString).toList();
    assertTrue(problems.stream().anyMatch(p -> p.contains(": error: ")), problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith(".dateline-cache/stories.bin:1:1: warning: cannot write the build cache")),
        problems.toString());
  }

  @Test
  void theCacheGoesWhereTheOptionsSay() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path elsewhere = temp.resolve("elsewhere");
    new SiteBuild(options(root).withCacheDir(elsewhere)).run();
    assertTrue(Files.isRegularFile(elsewhere.resolve(StoryCacheFile.NAME)));
    assertFalse(Files.exists(root.resolve(BuildOptions.CACHE_DIR)));
    assertEquals(2, new SiteBuild(options(root).withCacheDir(elsewhere)).run().reused());
  }
}
