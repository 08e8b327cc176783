package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dateline build}: placeholder until the pipeline lands. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site.")
final class BuildCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.OK;
  }
}
