package org.dateline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
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
    description = "Static website generator for news archives.")
public final class DatelineCommand implements Runnable {
  /** The subcommands, in the order the usage lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          BuildCommand.class, ExtractCommand.class, ServeCommand.class, CheckCommand.class,
          NewCommand.class, ImportCommand.class, CommandLine.HelpCommand.class);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The configured command line, with every subcommand: content errors print as diagnostics and
   * exit 1; a failed read or write and a heap too small print one line each ({@link Failures}) and
   * exit 2.
   */
  public static CommandLine commandLine() {
    return commandLine(Clock.systemDefaultZone());
  }

  /** The command line with {@code clock} as "today" (for {@code new}); tests pass a fixed clock. */
  public static CommandLine commandLine(Clock clock) {
    return commandLine(clock, SUBCOMMANDS);
  }

  /**
   * The command line to run {@code args} with: when the first names a subcommand (but help), with
   * only that one, else with every one. The library finds each subcommand's options by reflection
   * as it is added, a cost of every start (about 40 ms for the five a build does not need).
   */
  public static CommandLine forArgs(String... args) {
    for (Class<?> type : SUBCOMMANDS) {
      if (args.length > 0
          && type != CommandLine.HelpCommand.class
          && type.getAnnotation(Command.class).name().equals(args[0])) {
        return commandLine(Clock.systemDefaultZone(), List.of(type));
      }
    }
    return commandLine();
  }

  /**
   * Runs {@code args} on {@code cli} and gives the exit code. The heap running out on the thread
   * that runs the command is an error, not an exception (at times inside another error, as when
   * it ran out making a lambda), and passes the command line's handler by: it is said here, as
   * {@link Failures} says it.
   */
  public static int execute(CommandLine cli, String... args) {
    try {
      return cli.execute(args);
    } catch (Error e) {
      if (Failures.cause(e) instanceof OutOfMemoryError) {
        return Failures.outOfMemory(cli.getErr(), Runtime.getRuntime().maxMemory());
      }
      throw e;
    }
  }

  private static CommandLine commandLine(Clock clock, List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new DatelineCommand());
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    for (Class<?> type : subcommands) {
      try {
        cli.addSubcommand(type == NewCommand.class ? new NewCommand(clock) : defaults.create(type));
      } catch (Exception e) {
        throw new IllegalStateException("cannot make the subcommand " + type.getName(), e);
      }
    }
    cli.setExitCodeExceptionMapper(new ExitCodeOf());
    cli.setExecutionExceptionHandler(new FailureReport());
    return cli;
  }

  /**
   * The exit code of a command that threw. A class rather than a lambda, as is {@link
   * FailureReport}: a lambda of one of the library's interfaces is made anew at every start, as
   * the class-data archive cannot hold it.
   */
  private static final class ExitCodeOf implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable e) {
      return e instanceof ContentException ? ExitCodes.CONTENT_ERROR : ExitCodes.USAGE;
    }
  }

  /** Prints what stopped a command: its content problems as diagnostics, else as {@link Failures} says. */
  private static final class FailureReport implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
        throws Exception {
      PrintWriter err = commandLine.getErr();
      if (e instanceof ContentException content) {
        for (Diagnostic d : content.diagnostics()) {
          err.println(d);
        }
        err.flush();
        return ExitCodes.CONTENT_ERROR;
      }
      return Failures.report(e, err, Runtime.getRuntime().maxMemory());
    }
  }
}
