package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.BuildReport;
import org.dateline.pipeline.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline build [--out DIR] [--cache-dir DIR | --no-cache] [SOURCE_DIR...]}: builds the
 * whole site.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build the site from seeds/ and content/ into site-out/.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--root", description = "Project folder (default: the current folder).")
  Path root = Path.of("");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site-out).")
  Path out;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(
      names = "--keep-going",
      description = "Build the site without the broken stories; still exit 1.")
  boolean keepGoing;

  @Option(names = "--timings", description = "Print how long each stage took.")
  boolean timings;

  @Option(names = "--quiet", description = "Print nothing but problems.")
  boolean quiet;

  @Mixin CacheOptions cache;

  @Parameters(paramLabel = "SOURCE_DIR", description = "Story folders (default: seeds content).")
  List<Path> sources;

  @Override
  public Integer call() throws ContentException, IOException {
    Path projectRoot = root.toAbsolutePath().normalize();
    BuildOptions options =
        cache.applyTo(BuildOptions.standard(projectRoot).withStrict(strict).withKeepGoing(keepGoing));
    if (out != null) {
      options = options.withOut(projectRoot.resolve(out));
    }
    if (sources != null && !sources.isEmpty()) {
      options = options.withSources(sources);
    }
    PrintWriter err = spec.commandLine().getErr();
    SiteBuild build = new SiteBuild(options);
    ProgressCounter progress = new ProgressCounter(err);
    if (ProgressCounter.wanted(quiet)) {
      build = build.withProgress(progress);
    }
    BuildReport report;
    try {
      report = build.run();
    } finally {
      progress.done();
    }
    for (Diagnostic problem : report.problems()) {
      err.println(problem);
    }
    err.flush();
    if (!quiet) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println("Built " + options.out() + ": " + report.summary());
      if (timings) {
        stdout.println(
            "Timings: " + (report.upToDate() ? "nothing read, assembled or rendered" : report.timings()));
      }
      stdout.flush();
    }
    return report.hasErrors() || (strict && !report.problems().isEmpty())
        ? ExitCodes.CONTENT_ERROR
        : ExitCodes.OK;
  }
}
