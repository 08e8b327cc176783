package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DatelineCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void buildSucceedsWithExitZeroAndASummary() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    assertEquals(0, run("build", "--root", root.toString()));
    assertTrue(out.toString().contains("2 stories"), out.toString());
  }

  @Test
  void buildWithBrokenFrontMatterExitsOneWithPositionedMessage() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.write(root, "content/x.md", "---\ntitle: [unclosed\n---\nBody\n");
    assertEquals(1, run("build", "--root", root.toString()));
    assertTrue(err.toString().startsWith("content/x.md:2:17: error: not valid YAML"), err.toString());
    assertTrue(!err.toString().contains("Exception"), "no stack trace for content problems");
  }

  @Test
  void buildWritesWhereOutSays() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    assertEquals(0, run("build", "--root", root.toString(), "--out", "public"));
    assertTrue(root.resolve("public/index.html").toFile().isFile());
  }

  @Test
  void aSecondBuildSaysHowManyStoriesCameFromTheCache() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    assertEquals(0, run("build", "--root", root.toString()));
    assertFalse(out.toString().contains("from cache"), out.toString());
    assertTrue(Files.isRegularFile(root.resolve(".dateline-cache/stories.bin")));
    out.getBuffer().setLength(0);
    assertEquals(0, run("build", "--root", root.toString()));
    assertTrue(out.toString().contains(": 2 stories (2 from cache), "), out.toString());
  }

  @Test
  void aBuildWithNothingChangedSaysSo() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.letTheFileClockTick(temp); // so that the first build may record its inputs
    assertEquals(0, run("build", "--root", root.toString(), "--timings"));
    assertTrue(
        java.util.regex.Pattern.compile(
                "Timings: inputs \\d+ ms, read and extract \\d+ ms, archive \\d+ ms, render \\d+ ms, commit \\d+ ms")
            .matcher(out.toString())
            .find(),
        out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("build", "--root", root.toString(), "--timings"));
    assertTrue(out.toString().contains(" unchanged (nothing changed since the last build), "), out.toString());
    assertTrue(out.toString().contains("Timings: nothing read, assembled or rendered"), out.toString());
  }

  @Test
  void buildHonoursCacheDirAndNoCache() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    assertEquals(0, run("build", "--root", root.toString(), "--no-cache"));
    assertFalse(Files.exists(root.resolve(".dateline-cache")));
    assertEquals(0, run("build", "--root", root.toString(), "--cache-dir", "tmp/cache"));
    assertTrue(Files.isRegularFile(root.resolve("tmp/cache/stories.bin")));
    assertFalse(Files.exists(root.resolve(".dateline-cache")));
    assertEquals(2, run("build", "--root", root.toString(), "--no-cache", "--cache-dir", "x"));
    assertTrue(err.toString().contains("--cache-dir and --no-cache cannot be used together"), err.toString());
  }

  @Test
  void extractPrintsOneJsonObjectPerFile() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path story = root.resolve("seeds/001_a3f9c2.txt");
    assertEquals(0, run("extract", story.toString()));
    String json = out.toString();
    assertTrue(json.startsWith("[{"), json);
    assertTrue(json.contains("\"title\":\"Harbour Authority Approves Second Container Terminal\""), json);
    assertTrue(json.contains("\"sections\":[\"Shipping lines\"]"), json);
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitTwo() {
    assertEquals(2, run("build", "--no-such-option"));
    assertTrue(err.toString().contains("Unknown option"), err.toString());
  }

  @Test
  void extractOfAMissingFileExitsOne() {
    assertEquals(1, run("extract", temp.resolve("missing.txt").toString()));
    assertTrue(err.toString().contains("missing.txt:1:1: error: cannot read the file"), err.toString());
  }

  @Test
  void aCommandLineForOneSubcommandHoldsOnlyThatOne() {
    assertEquals(java.util.Set.of("build"), DatelineCommand.forArgs("build", "--quiet").getSubcommands().keySet());
    assertEquals(java.util.Set.of("serve"), DatelineCommand.forArgs("serve").getSubcommands().keySet());
    java.util.List<String> all = java.util.List.of("build", "extract", "serve", "check", "new", "import", "help");
    // help, no subcommand, options of the top command or a misspelt name: every subcommand, in order
    for (String[] args : new String[][] {{"help", "build"}, {}, {"--help"}, {"biuld"}}) {
      assertEquals(all, java.util.List.copyOf(DatelineCommand.forArgs(args).getSubcommands().keySet()));
    }
  }

  @Test
  void aBuildRunByTheCommandLineForItsArguments() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    String[] args = {"build", "--root", root.toString()};
    CommandLine cli = DatelineCommand.forArgs(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertEquals(0, cli.execute(args));
    assertTrue(out.toString().contains("2 stories"), out.toString());
  }

  @Test
  void aMisspeltSubcommandIsAUsageErrorThatSuggestsTheRightOne() {
    String[] args = {"biuld"};
    CommandLine cli = DatelineCommand.forArgs(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute(args));
    assertTrue(err.toString().contains("build"), err.toString());
  }
}
