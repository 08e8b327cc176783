package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.extract.MetadataExtractor;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;
import org.dateline.render.json.ExtractionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline extract FILE...}: prints each file's extracted metadata as JSON. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print the metadata extracted from each FILE as a JSON array.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Story files (.txt or .md).")
  List<Path> files;

  @Override
  public Integer call() throws ContentException {
    DocumentReader reader = new DocumentReader();
    MetadataExtractor extractor = MetadataExtractor.withDefaults();
    ExtractionReport report = new ExtractionReport();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path file : files) {
      String shown = file.toString();
      try {
        ParsedDocument document = reader.read(file, shown, problems);
        report.add(shown, extractor.extract(document));
      } catch (ContentException e) {
        problems.addAll(e.diagnostics());
      }
    }
    spec.commandLine().getOut().print(report.toJson(pretty));
    spec.commandLine().getOut().flush();
    for (Diagnostic d : problems) {
      spec.commandLine().getErr().println(d);
    }
    spec.commandLine().getErr().flush();
    return problems.stream().anyMatch(Diagnostic::isError) ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
  }
}
