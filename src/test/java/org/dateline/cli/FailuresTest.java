package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FailuresTest {
  @TempDir Path temp;
  private final StringWriter err = new StringWriter();

  private int report(Exception e) throws Exception {
    return Failures.report(e, new PrintWriter(err), 512L << 20);
  }

  @Test
  void aFailedWriteDeepInTheBuildIsOneLineNamingTheFile() throws Exception {
    Exception e = new CompletionException(new UncheckedIOException(new NoSuchFileException("/site/.out.new-1")));
    assertEquals(ExitCodes.USAGE, report(e));
    assertEquals("error: /site/.out.new-1: no such file or folder" + System.lineSeparator(), err.toString());
  }

  @Test
  void aFailedWriteSaysWhyInWords() throws Exception {
    assertEquals(ExitCodes.USAGE, report(new AccessDeniedException("/site/out")));
    assertEquals("error: /site/out: permission denied" + System.lineSeparator(), err.toString());
  }

  @Test
  void anIoFailureWithoutAFileGivesItsMessage() throws Exception {
    report(new IOException("two pages would be written to a.html"));
    assertEquals("error: two pages would be written to a.html" + System.lineSeparator(), err.toString());
  }

  @Test
  void runningOutOfMemorySaysHowLargeTheHeapWasAndHowToGiveMore() throws Exception {
    Exception e = new IllegalStateException(new OutOfMemoryError("GC overhead limit exceeded"));
    assertEquals(ExitCodes.USAGE, report(e));
    String said = err.toString();
    assertTrue(said.startsWith("error: out of memory: "), said);
    assertTrue(said.contains("512 MiB"), said);
    assertTrue(said.contains("DATELINE_JAVA_OPTS=-Xmx1g "), "twice the heap, in whole GiB: " + said);
    assertEquals(1, said.lines().count(), said);
  }

  @Test
  void theHeapAskedForIsTwiceTheOneThatRanOut() {
    Failures.outOfMemory(new PrintWriter(err), 18L << 30);
    assertTrue(err.toString().contains("heap's 18432 MiB; "), err.toString());
    assertTrue(err.toString().contains("-Xmx36g "), err.toString());
  }

  @Test
  void anythingElseIsThrownOnForItsStackTrace() {
    IllegalStateException bug = new IllegalStateException("a bug");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> report(bug)));
    assertEquals("", err.toString());
  }

  @Test
  void aChainOfCausesThatLoopsEnds() throws Exception {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertSame(a, Failures.cause(a));
  }

  @Test
  void aBuildIntoAFolderThatCannotBeMadeSaysSoInOneLine() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Files.writeString(root.resolve("blocker"), "a file, not a folder");
    StringWriter out = new StringWriter();
    CommandLine cli = DatelineCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("build", "--root", root.toString(), "--out", "blocker/site");
    String said = err.toString();
    assertEquals(ExitCodes.USAGE, code, said);
    assertTrue(said.lines().anyMatch(l -> l.startsWith("error: ") && l.contains("blocker")), said);
    assertFalse(said.contains("\tat "), "no stack trace: " + said);
    assertFalse(said.contains("Exception"), said);
  }

  /** A command that runs out of memory on the thread that runs it, inside another error. */
  @CommandLine.Command(name = "greedy")
  static final class Greedy implements Runnable {
    @Override
    public void run() {
      throw new InternalError(new OutOfMemoryError("GC overhead limit exceeded"));
    }
  }

  /** A command with a fault of its own. */
  @CommandLine.Command(name = "faulty")
  static final class Faulty implements Runnable {
    @Override
    public void run() {
      throw new AssertionError("a bug");
    }
  }

  @Test
  void runningOutOfMemoryInACommandIsSaidInOneLineWithExitTwo() {
    CommandLine cli = new CommandLine(new Greedy());
    cli.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.USAGE, DatelineCommand.execute(cli));
    String said = err.toString();
    assertTrue(said.startsWith("error: out of memory: "), said);
    assertEquals(1, said.lines().count(), said);
  }

  @Test
  void anyOtherErrorInACommandIsThrownOn() {
    CommandLine cli = new CommandLine(new Faulty());
    cli.setErr(new PrintWriter(err));
    assertThrows(AssertionError.class, () -> DatelineCommand.execute(cli));
  }
}
