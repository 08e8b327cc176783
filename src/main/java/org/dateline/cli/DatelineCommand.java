package org.dateline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline}: the top command; prints usage when no subcommand is given. */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    version = "Dateline 0.1.0",
    description = "Static website generator for news archives.",
    subcommands = {
      BuildCommand.class, ExtractCommand.class, ServeCommand.class, CheckCommand.class,
      NewCommand.class, ImportCommand.class, CommandLine.HelpCommand.class
    })
public final class DatelineCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The configured command line: content errors print as diagnostics and exit 1; a failed read or
   * write and a heap too small print one line each ({@link Failures}) and exit 2.
   */
  public static CommandLine commandLine() {
    return commandLine(Clock.systemDefaultZone());
  }

  /** The command line with {@code clock} as "today" (for {@code new}); tests pass a fixed clock. */
  public static CommandLine commandLine(Clock clock) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine cli =
        new CommandLine(
            new DatelineCommand(),
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == NewCommand.class ? type.cast(new NewCommand(clock)) : defaults.create(type);
              }
            });
    cli.setExitCodeExceptionMapper(e -> e instanceof ContentException ? ExitCodes.CONTENT_ERROR : ExitCodes.USAGE);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof ContentException content) {
            for (Diagnostic d : content.diagnostics()) {
              err.println(d);
            }
            err.flush();
            return ExitCodes.CONTENT_ERROR;
          }
          return Failures.report(e, err, Runtime.getRuntime().maxMemory());
        });
    return cli;
  }
}
