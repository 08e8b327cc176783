package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
}
