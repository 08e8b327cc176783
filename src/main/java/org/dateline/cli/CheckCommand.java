package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.check.SiteChecker;
import org.dateline.diag.Diagnostic;
import org.dateline.diag.Severity;
import org.dateline.pipeline.BuildOptions;
import org.dateline.render.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline check [--format text|json]}: validates the project without writing the site. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check every story, link, image and the people registry without writing the site.",
      "Exit 1 when there are errors."
    })
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--root", description = "Project folder (default: the current folder).")
  Path root = Path.of("");

  @Option(names = "--format", description = "text (default) or json (an array, for CI).")
  Format format = Format.text;

  @Override
  public Integer call() throws IOException {
    Path projectRoot = root.toAbsolutePath().normalize();
    List<Diagnostic> found = new SiteChecker(BuildOptions.standard(projectRoot)).check();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(new Json().write(found.stream().map(CheckCommand::toMap).toList(), true).strip());
    } else {
      found.forEach(out::println);
      out.println(count(found, Severity.ERROR) + " errors, " + count(found, Severity.WARNING)
          + " warnings, " + count(found, Severity.NOTE) + " notes");
    }
    out.flush();
    return found.stream().anyMatch(Diagnostic::isError) ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
  }

  private static long count(List<Diagnostic> found, Severity severity) {
    return found.stream().filter(d -> d.severity() == severity).count();
  }

  private static Map<String, Object> toMap(Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", d.pos().file());
    m.put("line", d.pos().line());
    m.put("column", d.pos().column());
    m.put("severity", d.severity().label());
    m.put("code", d.code());
    m.put("message", d.message());
    return m;
  }
}
