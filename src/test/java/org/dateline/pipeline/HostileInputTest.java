package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.testing.Fixtures;
import org.dateline.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile stories: each reported with its place, none able to harm the others. */
class HostileInputTest {
  @TempDir Path temp;

  private Path site() throws Exception {
    return Fixtures.site("basic", temp.resolve("site"));
  }

  private static BuildReport build(Path root, boolean keepGoing) throws Exception {
    return new SiteBuild(BuildOptions.standard(root).withKeepGoing(keepGoing)).run();
  }

  private static List<String> errors(ContentException e) {
    return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
  }

  @Test
  void everyBrokenStoryIsReportedAtOnceWithItsPlace() throws Exception {
    Path root = site();
    Files.write(root.resolve("content/binary.md"), new byte[] {'#', ' ', 'x', 0, 1, 2});
    Files.write(root.resolve("content/latin1.md"), "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(root.resolve("content/empty.md"), "");
    Files.writeString(root.resolve("content/bomb.md"),
        "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: [*c,*c,*c,*c,*c,*c,*c,*c]\n---\n# T\n");
    Files.writeString(root.resolve("content/deep.md"), "# T\n\n" + "> ".repeat(200) + "x\n");
    Files.writeString(root.resolve("content/tag.md"), "---\ntitle: !!javax.script.ScriptEngineManager x\n---\nBody\n");
    ContentException e = assertThrows(ContentException.class, () -> build(root, false));
    List<String> errors = errors(e);
    assertEquals(6, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("content/binary.md:1:4: error: binary file"), errors.get(0));
    assertTrue(errors.get(1).startsWith("content/bomb.md:"), errors.get(1));
    assertTrue(errors.get(2).startsWith("content/deep.md:3:1: error: Markdown is nested"), errors.get(2));
    assertEquals("content/empty.md:1:1: error: story file is empty [empty]", errors.get(3));
    assertTrue(errors.get(4).startsWith("content/latin1.md:1:6: error: invalid UTF-8"), errors.get(4));
    assertTrue(errors.get(5).startsWith("content/tag.md:2:8: error: "), errors.get(5));
  }

  @Test
  void aStoryThatHangsTheMarkdownParserIsReportedAndTheBuildGoesOn() throws Exception {
    Path root = site();
    // Found by fuzzing: flexmark backtracks exponentially on this link label.
    Files.copy(Path.of("src/test/resources/sites/hang/backslash-label.md"), root.resolve("content/hang.md"));
    long start = System.nanoTime();
    BuildReport report =
        new SiteBuild(BuildOptions.standard(root).withKeepGoing(true), java.time.Duration.ofSeconds(2)).run();
    assertTrue((System.nanoTime() - start) / 1_000_000_000 < 30, "the build does not wait for the story");
    assertTrue(
        report.problems().stream()
            .anyMatch(d -> d.toString().equals(
                "content/hang.md:1:1: error: story took more than 2 s to read and extract; left out [timeout]")),
        report.problems().toString());
    assertEquals(2, report.stories());
    assertFalse(
        new StoryCacheFile(root.resolve(BuildOptions.CACHE_DIR), CodeVersion.current().orElseThrow())
            .load()
            .containsKey("content/hang.md"),
        "a story given up on is not cached: the next build tries it again");
  }

  @Test
  void keepGoingBuildsTheOtherStoriesAndStillReportsTheErrors() throws Exception {
    Path root = site();
    Files.writeString(root.resolve("content/empty.md"), "");
    BuildReport report = build(root, true);
    assertTrue(report.hasErrors());
    assertEquals(2, report.stories());
    assertTrue(Files.isRegularFile(root.resolve("site-out/articles/ferry-line.html")));
  }

  @Test
  void utf16AndOldLineEndingsAreRead() throws Exception {
    Path root = site();
    Files.write(root.resolve("content/sixteen.md"),
        "\uFEFF# Sixteen Bits\r\n\r\nA story saved by an old editor.\r\n".getBytes(StandardCharsets.UTF_16LE));
    Files.write(root.resolve("content/mac.md"), "# Old Mac\r\rA story with CR line ends.\r".getBytes(StandardCharsets.UTF_8));
    build(root, false);
    assertTrue(Files.readString(root.resolve("site-out/articles/sixteen.html")).contains("<h1>Sixteen Bits</h1>"));
    assertTrue(Files.readString(root.resolve("site-out/articles/mac.html")).contains("<h1>Old Mac</h1>"));
  }

  @Test
  void slugsFromFrontMatterNeverLeaveTheirFolder() throws Exception {
    Path root = site();
    Files.writeString(root.resolve("content/a.md"), "---\nslug: ../../../escape\n---\n# A\n\nText.\n");
    Files.writeString(root.resolve("content/b.md"), "---\nslug: /etc/passwd\n---\n# B\n\nText.\n");
    Files.writeString(root.resolve("content/c.md"), "---\nslug: \"C:\\\\Windows\\\\x\"\n---\n# C\n\nText.\n");
    Files.writeString(root.resolve("content/d.md"), "---\nslug: Escape\n---\n# D\n\nText.\n");
    Files.writeString(root.resolve("content/e.md"), "---\nslug: \"e\\u0301scape\"\n---\n# E\n\nText.\n");
    build(root, false);
    Path out = root.resolve("site-out");
    for (String f : List.of("escape", "etc-passwd", "c-windows-x", "escape-2", "escape-3")) {
      assertTrue(Files.isRegularFile(out.resolve("articles/" + f + ".html")), f);
    }
    try (var files = Files.list(temp)) {
      assertEquals(List.of(root), files.toList(), "nothing is written outside the project");
    }
  }

  @Test
  void aStoryThatLinksOutsideTheProjectIsRefused() throws Exception {
    Path root = site();
    Path secret = Files.writeString(temp.resolve("secret.md"), "# Secret\n\nDo not publish.\n");
    Files.createSymbolicLink(root.resolve("content/link.md"), secret);
    ContentException e = assertThrows(ContentException.class, () -> build(root, false));
    assertEquals(
        "content/link.md:1:1: error: story file is a link to outside the project; refusing to read it [outside-project]",
        errors(e).get(0));
  }

  @Test
  void filesPutInSiteOutByHandAreNamedInAWarning() throws Exception {
    Path root = site();
    build(root, false);
    Files.writeString(root.resolve("site-out/notes.txt"), "mine");
    BuildReport report = build(root, false);
    assertTrue(
        report.problems().stream()
            .anyMatch(d -> d.toString().equals(
                "site-out/notes.txt:1:1: warning: file was not written by Dateline and is replaced by this build;"
                    + " keep your own files in templates/assets/ [foreign-file]")),
        report.problems().toString());
    assertFalse(Files.exists(root.resolve("site-out/notes.txt")));
  }

  @Test
  void strictStopsOnAHandPlacedFileBeforeReplacingIt() throws Exception {
    Path root = site();
    build(root, false);
    Files.writeString(root.resolve("site-out/notes.txt"), "mine");
    assertThrows(
        ContentException.class, () -> new SiteBuild(BuildOptions.standard(root).withStrict(true)).run());
    assertEquals("mine", Files.readString(root.resolve("site-out/notes.txt")));
  }

  @Test
  void aBuildKilledAtAnyMomentLeavesACompleteSite() throws Exception {
    Path root = site();
    for (int i = 0; i < 300; i++) {
      Fixtures.write(root, "content/gen/story-" + i + ".md",
          "---\ndate: 2024-01-" + String.format("%02d", 1 + i % 28) + "\n---\n# Generated story " + i
              + "\n\nVALLETTA – Joseph Camilleri, chairman of the authority, said on Monday that berth " + i
              + " would open.\n\n\"We are ready,\" Camilleri said.\n");
    }
    build(root, false);
    Path out = root.resolve("site-out");
    Path before = temp.resolve("before");
    Fixtures.copyTree(out, before);
    Fixtures.write(root, "content/gen/story-0.md", "# Changed story\n\nNew text.\n");
    for (long delay : new long[] {300, 700, 1100, 1500, 2000, 2600}) {
      Process build =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp", System.getProperty("java.class.path"),
                  "org.dateline.cli.Main", "build", "--quiet", "--root", root.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      Thread.sleep(delay);
      build.destroyForcibly().waitFor();
      // what the next build does first: finish a commit whose journal is complete, or drop it
      new org.dateline.write.SiteWriter(out).recover();
      Path manifest = out.resolve(org.dateline.write.SiteWriter.MANIFEST);
      assertTrue(Files.isRegularFile(manifest), "killed after " + delay + " ms: site-out is incomplete");
      List<String> listed =
          Files.readAllLines(manifest).stream().map(line -> line.split(" ", 3)[2]).toList();
      List<String> present = Golden.files(out).stream().filter(f -> !f.equals(manifest.getFileName().toString())).toList();
      assertEquals(listed, present, "killed after " + delay + " ms");
      if (Files.readString(out.resolve("data/articles.json")).contains("Changed story")) {
        break; // the build finished before the kill: the new site is complete
      }
      for (String file : Golden.files(before)) {
        assertArrayEquals(Files.readAllBytes(before.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
      }
    }
    build(root, false);
    try (var siblings = Files.list(root)) {
      assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".site-out")),
          "the next build cleans up after a killed one");
    }
  }
}
