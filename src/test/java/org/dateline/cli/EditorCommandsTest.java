package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code new}, {@code import} and {@code check}, run in-process. */
class EditorCommandsTest {
  private static final Clock MAY_2 = Clock.fixed(Instant.parse("2024-05-02T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path temp;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = DatelineCommand.commandLine(MAY_2);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void newWritesAStoryWithTodaysDateAndPrintsItsPath() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    assertEquals(0, run("new", "--root", root.toString(), "Harbour Pilots Strike: Day Two"));
    assertEquals("content/2024/harbour-pilots-strike-day-two.md", out.toString().strip());
    String text = Files.readString(root.resolve("content/2024/harbour-pilots-strike-day-two.md"));
    assertTrue(text.startsWith("---\ntitle: \"Harbour Pilots Strike: Day Two\"\ndate: 2024-05-02\n"), text);
    assertEquals(0, run("build", "--root", root.toString()), err.toString());
    assertTrue(out.toString().contains("3 stories"), out.toString());
  }

  @Test
  void newRefusesToOverwriteAnExistingFile() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path file = Fixtures.write(root, "content/2024/ferry-line-opens.md", "# Mine\n\nDo not touch.\n");
    assertEquals(1, run("new", "--root", root.toString(), "Ferry Line Opens"));
    assertTrue(err.toString().contains("content/2024/ferry-line-opens.md:1:1: error: file exists"), err.toString());
    assertEquals("# Mine\n\nDo not touch.\n", Files.readString(file));
    assertEquals("", out.toString());
  }

  @Test
  void importWritesFrontMatterAndNeverOverwritesWithoutForce() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path seed = root.resolve("seeds/001_a3f9c2.txt");
    assertEquals(0, run("import", "--root", root.toString(), seed.toString()), err.toString());
    String path = out.toString().strip();
    assertEquals("content/imported/harbour-authority-approves-second-container-terminal.md", path);
    String text = Files.readString(root.resolve(path));
    assertTrue(text.contains("title: \"Harbour Authority Approves Second Container Terminal\"\n"), text);
    assertTrue(text.contains("dateline: [\"Valletta\"]\n"), text);
    assertTrue(text.contains("people: [\"Joseph Camilleri\"]\n"), text);
    assertTrue(text.contains("source: \"The Harbour Gazette\"\n"), text);
    assertTrue(text.contains("\n## Shipping lines\n"), text);
    assertTrue(text.contains("This article is republished with the permission of The Harbour Gazette."), text);

    assertEquals(1, run("import", "--root", root.toString(), seed.toString()));
    assertTrue(err.toString().contains(path + ":1:1: error: file exists"), err.toString());
    assertEquals(0, run("import", "--root", root.toString(), "--force", seed.toString()));
  }

  @Test
  void importedMarkdownBuildsToTheSamePeopleAndCountries() throws Exception {
    Path plain = Fixtures.site("basic", temp.resolve("plain"));
    Files.delete(plain.resolve("content/2024/ferry-line.md"));
    assertEquals(0, run("build", "--root", plain.toString()), err.toString());

    Path imported = Fixtures.site("basic", temp.resolve("imported"));
    Files.delete(imported.resolve("content/2024/ferry-line.md"));
    Path seed = temp.resolve("001_a3f9c2.txt");
    Files.move(imported.resolve("seeds/001_a3f9c2.txt"), seed);
    assertEquals(0, run("import", "--root", imported.toString(), seed.toString()), err.toString());
    assertEquals(0, run("build", "--root", imported.toString()), err.toString());

    for (String folder : List.of("people", "countries")) {
      Set<String> a = names(plain.resolve("site-out").resolve(folder));
      assertFalse(a.isEmpty(), folder);
      assertEquals(a, names(imported.resolve("site-out").resolve(folder)), folder);
    }
  }

  private static Set<String> names(Path folder) {
    String[] list = folder.toFile().list();
    return new TreeSet<>(Arrays.asList(list == null ? new String[0] : list));
  }

  @Test
  void checkOfAGoodSiteExitsZero() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    assertEquals(0, run("check", "--root", root.toString()), out.toString());
    assertTrue(out.toString().contains("0 errors"), out.toString());
    assertFalse(root.resolve("site-out").toFile().exists(), "check writes no site");
  }

  @Test
  void checkFindsBrokenLinksImagesSlugsAndKeysAsJson() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.write(root, "content/2024/links.md", String.join("\n",
        "---", "date: 2024-05-03", "tittle: Oops", "---", "# Links to check", "",
        "See [the ferry](ferry-line.md#tickets-prices) and [gone](missing.md).",
        "Also [no such part](ferry-line.md#timetable) and [a page](../articles/nowhere.html).",
        "", "![A photo](images/missing.jpg)", "", "[Away](https://example.org/x.md)", ""));
    Fixtures.write(root, "content/2024/other.md",
        "---\ndate: 2024-05-04\nslug: ferry-line\n---\n# Another ferry story\n\nText.\n");
    Fixtures.write(root, "content/people.yaml", "people:\n  - name: Nobody Known\n");
    assertEquals(1, run("check", "--root", root.toString(), "--format", "json"), out.toString());
    JsonNode all = new ObjectMapper().readTree(out.toString());
    assertTrue(all.isArray());
    String codes = all.findValuesAsText("code").toString();
    for (String code : List.of("front-matter", "missing-story", "missing-anchor", "missing-image",
        "duplicate-slug", "registry-unused")) {
      assertTrue(codes.contains(code), code + " in " + out);
    }
    JsonNode missing = find(all, "missing-story", "missing.md");
    assertEquals("content/2024/links.md", missing.get("file").asText());
    assertEquals(7, missing.get("line").asInt());
    assertEquals(51, missing.get("column").asInt());
    assertEquals("error", missing.get("severity").asText());
    assertTrue(find(all, "front-matter", "tittle").get("message").asText().contains("did you mean 'title'"));
    assertEquals(2, all.findValuesAsText("code").stream().filter("missing-story"::equals).count(), codes);
    assertEquals(1, all.findValuesAsText("code").stream().filter("missing-anchor"::equals).count(), codes);
  }

  @Test
  void checkReportsWhichCorrectionsChangedWhat() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.write(root, "content/people.yaml",
        "people:\n  - name: Joe Camilleri\n    aliases: [Joseph Camilleri]\n");
    Path story = root.resolve("content/2024/ferry-line.md");
    Files.writeString(story, Files.readString(story).replace("date: 2024-05-02\n",
        "date: 2024-05-02\npeople: [Ana Reyes]\n"));
    assertEquals(0, run("check", "--root", root.toString()), out.toString());
    String text = out.toString();
    assertTrue(text.contains("seeds/001_a3f9c2.txt:1:1: note: registry renamed 'Joseph Camilleri' to 'Joe Camilleri' [correction]"), text);
    assertTrue(text.contains("content/2024/ferry-line.md:1:1: note: front matter removed 'Joe Camilleri' [correction]"), text);
    assertTrue(text.contains("content/2024/ferry-line.md:1:1: note: front matter added 'Ana Reyes' [correction]"), text);
  }

  @Test
  void serveRejectsABadPortAndDocumentsItsOptions() {
    assertEquals(2, run("serve", "--port", "70000"));
    assertTrue(err.toString().contains("--port"), err.toString());
    assertEquals(0, run("serve", "--help"));
    assertTrue(out.toString().contains("127.0.0.1"), out.toString());
  }

  private static JsonNode find(JsonNode all, String code, String text) {
    for (JsonNode d : all) {
      if (d.get("code").asText().equals(code) && d.get("message").asText().contains(text)) {
        return d;
      }
    }
    throw new AssertionError("no " + code + " with " + text + " in " + all);
  }
}
