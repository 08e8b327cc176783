package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.testing.Fixtures;
import org.dateline.testing.Golden;
import org.dateline.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {
  private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  @TempDir Path temp;

  private BuildReport build(Path root) throws Exception {
    return new SiteBuild(BuildOptions.standard(root)).run();
  }

  @Test
  void buildsEveryPageKindFromSeedsAndContent() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    BuildReport report = build(root);
    Path out = root.resolve("site-out");
    assertEquals(2, report.stories(), "the draft is left out");
    for (String page :
        List.of("index.html", "404.html", "people/index.html", "countries/index.html",
            "articles/ferry-line.html",
            "assets/style.css", "data/articles.json", "data/people.json", "data/countries.json")) {
      assertTrue(Files.isRegularFile(out.resolve(page)), page);
    }
    assertFalse(Files.readString(out.resolve("data/articles.json")).contains("Not Ready Yet"));
  }

  @Test
  void machineNamedSeedGetsItsSlugFromTheHeadline() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    build(root);
    assertTrue(
        Files.isRegularFile(
            root.resolve("site-out/articles/harbour-authority-approves-second-container-terminal.html")));
  }

  @Test
  void everyLinkResolvesToAFile() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    build(root);
    assertEquals(List.of(), brokenLinks(root.resolve("site-out")));
  }

  @Test
  void longListsArePaginatedWithWorkingLinks() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Files.writeString(root.resolve("site.yaml"), "page_size: 1\n");
    build(root);
    Path out = root.resolve("site-out");
    assertTrue(Files.isRegularFile(out.resolve("page/2.html")));
    assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"page/2.html\""));
    assertEquals(List.of(), brokenLinks(out));
  }

  private static List<String> brokenLinks(Path out) throws Exception {
    List<String> broken = new ArrayList<>();
    for (String file : Golden.files(out)) {
      if (!file.endsWith(".html")) {
        continue;
      }
      Path page = out.resolve(file);
      Matcher m = LINK.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("#") || target.matches("^[a-z]+:.*")) {
          continue;
        }
        String path = target.replaceAll("#.*$", "");
        if (!Files.isRegularFile(page.getParent().resolve(path).normalize())) {
          broken.add(file + " -> " + target);
        }
      }
    }
    return broken;
  }

  @Test
  void scriptsInStoriesAreRemovedAndScriptLinksDropped() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    build(root);
    String page = Files.readString(root.resolve("site-out/articles/ferry-line.html"));
    assertFalse(page.contains("<script>"), "raw scripts must not pass through");
    assertFalse(page.contains("alert(1)"), page);
    assertFalse(page.contains("javascript:"));
    assertTrue(page.contains("<em>45 euros</em>"), "Markdown is rendered");
  }

  @Test
  void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    build(root);
    Path first = temp.resolve("first");
    Fixtures.copyTree(root.resolve("site-out"), first);
    build(root);
    Path second = root.resolve("site-out");
    assertEquals(Golden.files(first), Golden.files(second));
    for (String file : Golden.files(first)) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
    }
  }

  @Test
  void aBuildOnOneThreadIsByteIdenticalToOneOnAllCores() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    String[] people = {"Joseph Camilleri", "Aida Balayeva", "Roman Vassilenko", "Maria Borg", "Tomas Bellandi"};
    String[] places = {"VALLETTA", "ASTANA", "BUENOS AIRES", "SEOUL", "LONDON"};
    String[] countries = {"Malta", "Kazakhstan", "Argentina", "South Korea", "the United Kingdom"};
    for (int i = 0; i < 160; i++) {
      String person = people[i % people.length];
      String other = people[(i * 3 + 1) % people.length];
      Fixtures.write(root, "content/gen/story-" + i + ".md",
          "---\ntitle: \"Port talks, round " + i + "\"\ndate: 2024-" + String.format("%02d", 1 + i % 12) + "-"
              + String.format("%02d", 1 + i % 28) + "\n---\n\n" + places[i % places.length] + " – " + person
              + ", minister of transport, met " + other + " to discuss " + countries[i % countries.length]
              + " and " + countries[(i + 2) % countries.length] + ".\n\n## Berths\n\n\"Berth " + i
              + " will open,\" " + person.substring(person.indexOf(' ') + 1) + " said.\n");
    }
    Path parallel = temp.resolve("parallel");
    new SiteBuild(BuildOptions.standard(root).withOut(parallel).withoutCache()).run();
    Path sequential = temp.resolve("sequential");
    // a JVM of one processor, whose common pool runs no thread of its own: every item on the caller
    Process build =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=1", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0",
                "-cp", System.getProperty("java.class.path"),
                "org.dateline.cli.Main", "build", "--quiet", "--no-cache", "--root", root.toString(),
                "--out", sequential.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertEquals(0, build.waitFor(), "the build on one thread");
    var files = Golden.files(parallel);
    assertTrue(files.size() > 200, files.size() + " files");
    assertEquals(files, Golden.files(sequential));
    for (String file : files) {
      assertArrayEquals(Files.readAllBytes(parallel.resolve(file)), Files.readAllBytes(sequential.resolve(file)), file);
    }
  }

  @Test
  void brokenFrontMatterNamesFileLineAndColumnAndKeepsThePreviousSite() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    build(root);
    Path out = root.resolve("site-out");
    byte[] before = Files.readAllBytes(out.resolve("index.html"));
    Fixtures.write(root, "content/bad.md", "---\ntitle: Broken\ndate: [2024-01-01\n---\nBody.\n");
    Fixtures.write(root, "content/bad-date.md", "---\ntitle: Odd\ndate: 2024-02-30\n---\nBody.\n");
    ContentException e = assertThrows(ContentException.class, () -> build(root));
    List<String> messages =
        e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    assertEquals(2, messages.size(), messages.toString());
    assertEquals(
        "content/bad-date.md:3:7: error: 'date' must be a real date written yyyy-mm-dd, not '2024-02-30' [front-matter]",
        messages.get(0));
    assertTrue(messages.get(1).startsWith("content/bad.md:3:18: error: not valid YAML"), messages.get(1));
    assertArrayEquals(before, Files.readAllBytes(out.resolve("index.html")));
    try (var siblings = Files.list(root)) {
      assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".site-out")),
          "no staging folder is left behind");
    }
  }

  @Test
  void aMissingTemplateIsAnErrorNamingIt() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Files.delete(root.resolve("templates/article.peb"));
    ContentException e = assertThrows(ContentException.class, () -> build(root));
    assertTrue(e.getMessage().contains("template not found"), e.getMessage());
    assertTrue(e.getMessage().contains("article.peb"), e.getMessage());
  }

  @Test
  void aCachedRebuildReadsOnlyTheStoriesThatChanged() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    StoryCache cache = new StoryCache();
    new SiteBuild(BuildOptions.standard(root)).withCache(cache).run();
    assertEquals(3, cache.misses(), "two stories and a draft");
    new SiteBuild(BuildOptions.standard(root)).withCache(cache).run();
    assertEquals(3, cache.misses(), "nothing changed");
    Fixtures.write(root, "content/2024/ferry-line.md",
        Files.readString(root.resolve("content/2024/ferry-line.md")).replace("ninety minutes", "two hours"));
    new SiteBuild(BuildOptions.standard(root)).withCache(cache).run();
    assertEquals(4, cache.misses(), "only the edited story is read again");
    assertTrue(Files.readString(root.resolve("site-out/articles/ferry-line.html")).contains("two hours"));
    Fixtures.write(root, "content/people.yaml", "people:\n  - name: Joseph Camilleri\n    aliases: [Joe Camilleri]\n");
    new SiteBuild(BuildOptions.standard(root)).withCache(cache).run();
    assertEquals(7, cache.misses(), "a new people registry means every story is extracted again");
  }

  @Test
  void aBuildWithoutStoriesStillMakesAHomePage() throws Exception {
    Path root = temp.resolve("empty");
    Files.createDirectories(root);
    Fixtures.copyTree(Fixtures.TEMPLATES, root.resolve("templates"));
    build(root);
    assertTrue(Files.isRegularFile(root.resolve("site-out/index.html")));
  }

  @Test
  void twoStoriesAskingForOneSlugAreBothPublishedWithAWarning() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.write(root, "content/2025/ferry-line.md", "---\ntitle: Ferry Line, a Year On\ndate: 2025-01-02\n---\nBody.\n");
    BuildReport report = build(root);
    assertTrue(Files.isRegularFile(root.resolve("site-out/articles/ferry-line.html")));
    assertTrue(Files.isRegularFile(root.resolve("site-out/articles/ferry-line-2.html")));
    Diagnostic warning =
        report.problems().stream().filter(d -> d.code().equals("duplicate-slug")).findFirst().orElseThrow();
    assertEquals("content/2025/ferry-line.md", warning.pos().file());
    assertTrue(warning.message().contains("content/2024/ferry-line.md"), warning.message());
    assertThrows(ContentException.class, () -> new SiteBuild(BuildOptions.standard(root).withStrict(true)).run());
  }

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  /** Sets every file and folder under {@code root} to an old time, so a rewrite shows. */
  private static void makeOld(Path root) throws Exception {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
  }

  /** Path → time and inode of every file and folder under {@code root}. */
  private static Map<String, String> stat(Path root) throws Exception {
    Map<String, String> entries = new TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        entries.put(root.relativize(p).toString(), a.lastModifiedTime() + " " + a.fileKey());
      }
    }
    return entries;
  }

  @Test
  void aSecondBuildOfAnUnchangedSiteWritesNothing() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    BuildReport first = build(root);
    makeOld(root);
    Map<String, String> before = stat(root);
    Fixtures.letTheFileClockTick(temp); // so that the build may record its inputs, none being changed in its tick
    BuildReport second = build(root);
    assertEquals(0, second.files(), second.summary());
    assertEquals(first.files(), second.unchanged(), second.summary());
    assertFalse(second.upToDate(), "every file's time changed, so the build looked at everything");
    assertEquals(
        withoutCaches(before), withoutCaches(stat(root)),
        "no file or folder of the project was touched but the build cache, whose stories take their new stamps");

    Map<String, String> recorded = stat(root);
    Fixtures.letTheFileClockTick(temp);
    BuildReport third = build(root);
    assertTrue(third.upToDate(), third.summary());
    assertEquals(second.problems(), third.problems());
    assertEquals(second.unchanged(), third.unchanged(), third.summary());
    Map<String, String> after = stat(root);
    String clock = ".dateline-cache/" + InputFingerprint.CLOCK;
    assertTrue(recorded.containsKey(clock) && after.containsKey(clock), after.toString());
    recorded.remove(clock);
    after.remove(clock);
    assertEquals(recorded, after, "an up-to-date build touches nothing but the file that reads the file system's clock");
  }

  @Test
  void aBuildIsUpToDateOnlyWhileEveryInputAndTheWholeSiteAreAsTheLastBuildLeftThem() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path out = root.resolve("site-out");
    Fixtures.write(root, "content/odd.md", "---\ntitle: Odd\ntagz: [a]\n---\nBody of the odd story.\n");
    Fixtures.letTheFileClockTick(temp);
    BuildReport first = build(root);
    assertFalse(first.upToDate());
    Map<String, String> site = tree(out);

    BuildReport again = build(root);
    assertTrue(again.upToDate(), again.summary());
    assertEquals(first.problems(), again.problems(), "the last build's problems are reported again");
    assertEquals(first.files(), again.unchanged());
    assertTrue(again.summary().contains("nothing changed since the last build"), again.summary());

    Path page = out.resolve("articles/ferry-line.html");
    Fixtures.letTheFileClockTick(temp); // else the page could have the very time of the manifest
    Files.writeString(page, "edited by hand");
    assertFalse(build(root).upToDate(), "a page edited by hand");
    assertEquals(site, tree(out));
    Fixtures.letTheFileClockTick(temp);
    assertTrue(build(root).upToDate());

    Files.delete(out.resolve("people/index.html"));
    assertFalse(build(root).upToDate(), "a page deleted");
    assertEquals(site, tree(out));
    Fixtures.letTheFileClockTick(temp);
    assertTrue(build(root).upToDate());

    Files.writeString(out.resolve("notes.txt"), "mine");
    BuildReport foreign = build(root);
    assertFalse(foreign.upToDate(), "a file put in the output folder by hand");
    assertTrue(foreign.problems().stream().anyMatch(d -> d.code().equals("foreign-file")), foreign.summary());
    assertEquals(site, tree(out));
    Fixtures.letTheFileClockTick(temp);
    assertTrue(build(root).upToDate());

    assertFalse(new SiteBuild(BuildOptions.standard(root).withKeepGoing(true)).run().upToDate(), "other options");
    Fixtures.letTheFileClockTick(temp);
    assertFalse(build(root).upToDate(), "back to the first options: the last build had others");
    Fixtures.letTheFileClockTick(temp);
    assertTrue(build(root).upToDate());

    Path story = root.resolve("content/2024/ferry-line.md");
    FileTime modified = Files.getLastModifiedTime(story);
    String text = Files.readString(story);
    Files.writeString(story, text.replace("ninety minutes", "eighty minutes")); // same size
    Files.setLastModifiedTime(story, modified);
    Fixtures.letTheFileClockTick(temp);
    assertFalse(build(root).upToDate(), "a story rewritten with its old size and modification time");
    assertTrue(Files.readString(page).contains("eighty minutes"));
    Fixtures.letTheFileClockTick(temp);
    assertTrue(build(root).upToDate());

    Path template = root.resolve("templates/base.peb");
    Files.writeString(template, Files.readString(template) + "{# edited #}\n");
    assertFalse(build(root).upToDate(), "a template edited");
    Fixtures.letTheFileClockTick(temp);
    assertTrue(build(root).upToDate());

    Files.delete(root.resolve("content/odd.md"));
    BuildReport deleted = build(root);
    assertFalse(deleted.upToDate(), "a story deleted");
    assertEquals(first.stories() - 1, deleted.stories());
  }

  @Test
  void aStoryModifiedInTheTickItIsLookedAtLeavesNoRecordOfTheBuild() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    // stamped in the future: for the build's clock, it is being modified right now
    Files.setLastModifiedTime(
        root.resolve("content/2024/ferry-line.md"), FileTime.from(Instant.now().plusSeconds(3600)));
    build(root);
    assertFalse(Files.exists(root.resolve(BuildOptions.CACHE_DIR).resolve(LastBuild.NAME)));
    assertFalse(build(root).upToDate(), "the story may have changed again unseen");
  }

  /** The entries of {@link #stat} but those of the build cache. */
  private static Map<String, String> withoutCaches(Map<String, String> entries) {
    Map<String, String> rest = new TreeMap<>(entries);
    rest.keySet().removeIf(p -> p.startsWith(BuildOptions.CACHE_DIR));
    return rest;
  }

  @Test
  void editingOneStoryRewritesItsPageButNotAnUnrelatedStorysPage() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    BuildReport first = build(root);
    Path out = root.resolve("site-out");
    makeOld(out);
    Fixtures.write(root, "content/2024/ferry-line.md",
        Files.readString(root.resolve("content/2024/ferry-line.md")).replace("ninety minutes", "two hours"));
    BuildReport second = build(root);
    Path edited = out.resolve("articles/ferry-line.html");
    Path unrelated = out.resolve("articles/harbour-authority-approves-second-container-terminal.html");
    assertTrue(Files.readString(edited).contains("two hours"));
    assertTrue(Files.getLastModifiedTime(edited).compareTo(LONG_AGO) > 0, "the edited story's page is rewritten");
    assertEquals(LONG_AGO, Files.getLastModifiedTime(unrelated), "the other story's page is left alone");
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("assets/style.css")));
    assertTrue(second.files() > 0 && second.files() < first.files() / 2, second.summary());
    assertEquals(first.files(), second.files() + second.unchanged(), second.summary());
  }

  @Test
  void aQuoteEditedInAStoryOffAPersonsFirstPageReachesThatPage() throws Exception {
    Path root = quaySite("""
        PORTSMOUTH – Repairs to the old quay began on Monday.

        "The quay has waited long enough," said Miriam Okonjo, the harbour engineer.
        """, """
        PORTSMOUTH – Repairs to the old quay ended on Friday, Miriam Okonjo said.
        """);
    build(root);
    Path first = root.resolve("site-out/people/miriam-okonjo.html");
    assertTrue(Files.readString(first).contains("The quay has waited long enough"));
    assertTrue(Files.isRegularFile(root.resolve("site-out/people/miriam-okonjo/2.html")), "the quote's story is on page 2");

    editOlderQuayStory(root, "long enough", "for years");
    build(root);
    assertTrue(Files.readString(first).contains("The quay has waited for years"), Files.readString(first));
    assertSameAsFromScratch(root, "quote");
  }

  @Test
  void aDateEditedInAStoryOffACountrysFirstPageReachesItsChart() throws Exception {
    Path root = quaySite("""
        Repairs to the old quay at Portsmouth in Britain began on Monday.
        """, """
        Repairs to the old quay at Portsmouth in Britain ended on Friday.
        """);
    build(root);
    Path first = root.resolve("site-out/countries/gb.html");
    assertTrue(Files.readString(first).contains("2024-02: 1 story"), Files.readString(first));
    assertTrue(Files.isRegularFile(root.resolve("site-out/countries/gb/2.html")), "the older story is on page 2");

    editOlderQuayStory(root, "2024-02-01", "2024-01-01");
    build(root);
    assertTrue(Files.readString(first).contains("2024-01: 1 story"), Files.readString(first));
    assertSameAsFromScratch(root, "date");
  }

  @Test
  void aStoryThatNamesAPersonInFullReachesTheStoryThatOnlyGaveTheSurname() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.write(root, "content/2024/quay-ends.md", "---\ntitle: Quay repairs end\ndate: 2024-04-01\n---\n"
        + "PORTSMOUTH – Repairs to the old quay ended on Friday, Okonjo said.\n");
    build(root);
    Path page = root.resolve("site-out/articles/quay-ends.html");
    assertFalse(Files.readString(page).contains("Miriam Okonjo"));

    Fixtures.write(root, "content/2024/quay-begins.md", "---\ntitle: Quay repairs begin\ndate: 2024-02-01\n---\n"
        + "PORTSMOUTH – Repairs to the old quay began on Monday, said Miriam Okonjo, the harbour engineer.\n");
    build(root);
    assertTrue(Files.readString(page).contains("Miriam Okonjo"), Files.readString(page));
    assertSameAsFromScratch(root, "surname");
  }

  /**
   * A site of one story a page with two stories about a quay, of these bodies, dated 2024-02-01 and
   * 2024-04-01: the older story is on the second page of each person and country both name.
   */
  private Path quaySite(String olderBody, String newerBody) throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Files.writeString(root.resolve("site.yaml"), "page_size: 1\n");
    Fixtures.write(root, "content/2024/quay-older.md", "---\ntitle: Quay repairs begin\ndate: 2024-02-01\n---\n" + olderBody);
    Fixtures.write(root, "content/2024/quay-newer.md", "---\ntitle: Quay repairs end\ndate: 2024-04-01\n---\n" + newerBody);
    return root;
  }

  private static void editOlderQuayStory(Path root, String from, String to) throws Exception {
    String story = "content/2024/quay-older.md";
    Fixtures.write(root, story, Files.readString(root.resolve(story)).replace(from, to));
  }

  /** The pages the last build wrote with a key of their inputs, by the manifest. */
  private static List<String> pagesWithKeys(Path out) throws Exception {
    return List.copyOf(keys(out).keySet());
  }

  /** Every file under {@code root} with its bytes. */
  private static Map<String, String> tree(Path root) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }

  /**
   * Builds {@code root} from scratch into another folder and checks that site-out is that site,
   * {@code but} for those files.
   */
  private void assertSameAsFromScratch(Path root, String step, String... but) throws Exception {
    Path scratch = temp.resolve("scratch-" + step);
    new SiteBuild(BuildOptions.standard(root).withOut(scratch).withCacheDir(temp.resolve("cache-" + step))).run();
    Map<String, String> expected = tree(scratch);
    Map<String, String> actual = tree(root.resolve("site-out"));
    for (String file : but) {
      expected.remove(file);
      actual.remove(file);
    }
    assertEquals(expected, actual, step);
  }

  @Test
  void pagesMadeFromTheSameInputsAreNotRenderedAgainYetTheSiteIsAsIfBuiltFromScratch() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path out = root.resolve("site-out");
    assertEquals(0, build(root).kept());
    List<String> pages = pagesWithKeys(out);
    assertTrue(pages.contains("articles/ferry-line.html") && pages.contains("people/index.html"), pages.toString());

    LastBuild.forget(root.resolve(BuildOptions.CACHE_DIR)); // so that every page's key is checked
    BuildReport unchanged = build(root);
    assertEquals(pages.size(), unchanged.kept(), unchanged.summary());

    Fixtures.write(root, "content/2024/ferry-line.md",
        Files.readString(root.resolve("content/2024/ferry-line.md")).replace("ninety minutes", "two hours"));
    BuildReport edited = build(root);
    assertTrue(edited.kept() > 0 && edited.kept() < pages.size(), edited.summary());
    assertTrue(Files.readString(out.resolve("articles/ferry-line.html")).contains("two hours"));
    assertSameAsFromScratch(root, "story");

    Path base = root.resolve("templates/base.peb");
    Files.writeString(base, Files.readString(base) + "{# edited #}\n");
    assertEquals(0, build(root).kept(), "a template change renders every page again");
    assertSameAsFromScratch(root, "template");

    Path config = root.resolve("site.yaml");
    Files.writeString(config, Files.readString(config).replaceFirst("(?m)^title: .*$", "title: Harbour News"));
    long notPages = pagesWithKeys(out).stream().filter(p -> p.startsWith("data/") || p.startsWith("search/")).count();
    assertEquals(notPages, build(root).kept(), "a setting every page shows renders every page again (not data or search)");
    assertTrue(Files.readString(out.resolve("index.html")).contains("Harbour News"));
    assertSameAsFromScratch(root, "settings");
  }

  /** The key of each file the last build made from a key of its inputs, by the manifest. */
  private static Map<String, String> keys(Path out) throws Exception {
    Map<String, String> keys = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve(".dateline-files"))) {
      String[] fields = line.split(" ", 3);
      if (!fields[1].equals("-")) {
        keys.put(fields[2], fields[1]);
      }
    }
    return keys;
  }

  /** Builds after the file system's clock has ticked, so that the build records its inputs. */
  private BuildReport buildAndRecord(Path root) throws Exception {
    Fixtures.letTheFileClockTick(temp);
    return build(root);
  }

  private static void editFerryLine(Path root, String from, String to) throws Exception {
    String story = "content/2024/ferry-line.md";
    String text = Files.readString(root.resolve(story));
    assertTrue(text.contains(from), from);
    Fixtures.write(root, story, text.replace(from, to));
  }

  /**
   * Gives people/index.html, which holds no story, a false key in the manifest, as if the last
   * build had made it: a build after body edits takes it as it is, one that hashes the page's
   * inputs does not.
   */
  private static void forgeKeyOfPeopleIndex(Path root) throws Exception {
    forgeKeys(root, List.of("people/index.html"));
  }

  /** Gives each of {@code paths} a false key in the manifest, as {@link #forgeKeyOfPeopleIndex}. */
  private static void forgeKeys(Path root, List<String> paths) throws Exception {
    Path out = root.resolve("site-out");
    Path manifest = out.resolve(".dateline-files");
    String text = Files.readString(manifest);
    for (String path : paths) {
      text = text.replace(" " + keys(out).get(path) + " " + path + "\n", " " + "f".repeat(32) + " " + path + "\n");
    }
    Files.writeString(manifest, text);
    Path cache = root.resolve(BuildOptions.CACHE_DIR);
    LastBuild last = LastBuild.load(cache).orElseThrow();
    String site = new SiteWriter(out).look().untouchedSiteDigest().orElseThrow();
    new LastBuild(last.inputs(), site, last.settings(), last.entries(), last.archive(), last.stories(), last.people(),
        last.countries(), last.files(), last.problems()).save(cache);
  }

  @Test
  void afterAnEditOfAStorysParagraphsThePagesNotHoldingItKeepTheirKeysUnhashed() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path out = root.resolve("site-out");
    buildAndRecord(root);
    Map<String, String> before = keys(out);
    forgeKeyOfPeopleIndex(root);

    editFerryLine(root, "45 euros", "50 euros");
    buildAndRecord(root);
    Map<String, String> after = keys(out);
    assertEquals("f".repeat(32), after.get("people/index.html"), "not hashed again");
    for (Map.Entry<String, String> page : after.entrySet()) {
      if (page.getKey().endsWith(".html") && !page.getKey().equals("articles/ferry-line.html")
          && !page.getKey().equals("people/index.html")) {
        assertEquals(before.get(page.getKey()), page.getValue(),
            page.getKey() + ": lists and links hold the story's summary, which the edit left as it was");
      }
    }
    assertNotEquals(before.get("articles/ferry-line.html"), after.get("articles/ferry-line.html"));
    assertTrue(Files.readString(out.resolve("articles/ferry-line.html")).contains("50 euros"));
    assertSameAsFromScratch(root, "paragraph", ".dateline-files");
    Map<String, String> scratch = keys(temp.resolve("scratch-paragraph"));
    scratch.put("people/index.html", "f".repeat(32));
    assertEquals(scratch, after, "every other key as a build from scratch works it out");

    editFerryLine(root, "# New Ferry Line", "# Fast Ferry Line");
    buildAndRecord(root);
    assertSameAsFromScratch(root, "title");
    assertEquals(keys(temp.resolve("scratch-title")), keys(out), "a new title: every key worked out");
  }

  /** Edits the ferry story as {@link #editFerryLine}, builds, and gives the id of the archive the build recorded. */
  private String archiveAfterEdit(Path root, String from, String to) throws Exception {
    editFerryLine(root, from, to);
    buildAndRecord(root);
    return LastBuild.load(root.resolve(BuildOptions.CACHE_DIR)).orElseThrow().archive();
  }

  @Test
  void afterEditsOfAStorysParagraphsTheLastArchiveIsTakenWithTheNewBodies() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path cache = root.resolve(BuildOptions.CACHE_DIR);
    buildAndRecord(root);
    String assembled = LastBuild.load(cache).orElseThrow().archive();
    assertNotNull(assembled, "the archive is saved");

    assertEquals(assembled, archiveAfterEdit(root, "45 euros", "50 euros"), "taken, not assembled again");
    assertTrue(Files.readString(root.resolve("site-out/articles/ferry-line.html")).contains("50 euros"));
    assertSameAsFromScratch(root, "paragraph");

    assertEquals(assembled, archiveAfterEdit(root, "50 euros", "55 euros"), "taken again after a second edit");
    assertSameAsFromScratch(root, "second paragraph");

    assertNull(archiveAfterEdit(root, "# New Ferry Line", "# Fast Ferry Line"), "a new title: assembled again, and not kept");
    assertSameAsFromScratch(root, "title");

    String kept = archiveAfterEdit(root, "55 euros", "60 euros");
    assertNotNull(kept, "assembled after an edit of paragraphs, and kept");
    assertEquals(kept, archiveAfterEdit(root, "60 euros", "65 euros"), "and taken by the next");
    assertSameAsFromScratch(root, "kept");

    Files.write(cache.resolve(ArchiveCacheFile.NAME), new byte[] {'x'});
    String afterDamage = archiveAfterEdit(root, "65 euros", "70 euros");
    assertNotEquals(kept, afterDamage, "a damaged one: assembled again");
    assertSameAsFromScratch(root, "damaged");

    Files.delete(cache.resolve(RelationsCacheFile.NAME));
    assertNotEquals(afterDamage, archiveAfterEdit(root, "70 euros", "75 euros"), "its relations gone: assembled again");
    assertSameAsFromScratch(root, "relations gone");
  }

  @Test
  void afterAnEditOfAStorysParagraphsTheSearchShardsWithoutItsWordsAreKeptUnscored() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path out = root.resolve("site-out");
    // enough words in other stories for dozens of shards of terms, and a short story to edit
    for (int i = 0; i < 600; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 100; w++) {
        body.append(" cargo").append(i).append('x').append(w);
      }
      Fixtures.write(root, "content/2023/manifest-" + i + ".md",
          "---\ntitle: Manifest " + i + "\ndate: 2023-05-01\n---\nThe manifest lists" + body + ".\n");
    }
    Fixtures.write(root, "content/2024/brief.md", "---\ntitle: Brief\ndate: 2024-02-01\n---\nQuay reopens.\n");
    buildAndRecord(root);
    List<String> shards = keys(out).keySet().stream().filter(p -> p.startsWith("search/terms-")).toList();
    assertTrue(shards.size() > 20, shards.size() + " shards");
    forgeKeys(root, shards);

    Fixtures.write(root, "content/2024/brief.md", "---\ntitle: Brief\ndate: 2024-02-01\n---\nQuay reopens today.\n");
    buildAndRecord(root);
    Map<String, String> after = keys(out);
    List<String> kept = shards.stream().filter(p -> after.get(p).equals("f".repeat(32))).toList();
    List<String> scored = shards.stream().filter(p -> !kept.contains(p)).toList();
    assertFalse(kept.isEmpty(), "shards without the story's words keep the last key, unscored");
    assertFalse(scored.isEmpty(), "the shards of the story's words are scored again");
    for (String term : org.dateline.render.search.SearchTokens.terms("Brief Quay reopens today")) {
      String shard = "search/terms-" + org.dateline.render.search.SearchTokens.shard(term, shards.size()) + ".js";
      assertTrue(scored.contains(shard), term + " is in " + shard);
    }
    assertSameAsFromScratch(root, "brief", ".dateline-files");
  }

  @Test
  void aFailedBuildSinceTheLastOneHasEveryKeyWorkedOut() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path out = root.resolve("site-out");
    buildAndRecord(root);
    String story = Files.readString(root.resolve("content/2024/ferry-line.md"));
    forgeKeyOfPeopleIndex(root);
    Fixtures.write(root, "content/2024/ferry-line.md", "---\ntitle: [Broken\n---\nBody.\n");
    assertThrows(ContentException.class, () -> buildAndRecord(root));
    Fixtures.write(root, "content/2024/ferry-line.md", story.replace("45 euros", "50 euros"));
    buildAndRecord(root);
    assertSameAsFromScratch(root, "fixed");
    assertNotEquals("f".repeat(32), keys(out).get("people/index.html"));
  }

  @Test
  void aStoryDeletedSinceTheLastBuildHasEveryKeyWorkedOut() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path out = root.resolve("site-out");
    Fixtures.write(root, "content/2024/quay.md", "---\ntitle: Quay repairs begin\ndate: 2024-02-01\n---\n"
        + "PORTSMOUTH – Repairs to the old quay began on Monday, said Miriam Okonjo, the harbour engineer.\n");
    buildAndRecord(root);
    forgeKeyOfPeopleIndex(root);
    Files.delete(root.resolve("content/2024/quay.md"));
    editFerryLine(root, "45 euros", "50 euros");
    buildAndRecord(root);
    assertSameAsFromScratch(root, "deleted");
    assertFalse(Files.readString(out.resolve("people/index.html")).contains("Okonjo"));
  }
}
