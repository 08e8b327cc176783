package org.dateline.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dateline.diag.DisplayPath;
import org.dateline.edit.StoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline new "Headline"}: writes content/YYYY/slug.md for a new story. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Write content/YYYY/slug.md with front matter (title, today's date) and print its path.",
      "Refuses (exit 1) when that file exists."
    })
final class NewCommand implements Callable<Integer> {
  private final Clock clock;

  @Spec CommandSpec spec;

  @Option(names = "--root", description = "Project folder (default: the current folder).")
  Path root = Path.of("");

  @Parameters(index = "0", paramLabel = "HEADLINE", description = "The story's headline.")
  String headline;

  NewCommand() {
    this(Clock.systemDefaultZone());
  }

  NewCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    if (headline.isBlank()) {
      spec.commandLine().getErr().println("error: the headline is empty");
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    Path projectRoot = root.toAbsolutePath().normalize();
    try {
      Path file = StoryFiles.newStory(projectRoot, headline, LocalDate.now(clock));
      spec.commandLine().getOut().println(DisplayPath.of(projectRoot, file));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (FileAlreadyExistsException e) {
      Path file = Path.of(e.getFile());
      spec.commandLine().getErr().println(
          DisplayPath.of(projectRoot, file) + ":1:1: error: file exists; not overwritten [exists]");
      spec.commandLine().getErr().flush();
      return ExitCodes.CONTENT_ERROR;
    }
  }
}
