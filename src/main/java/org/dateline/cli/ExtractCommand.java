package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.extract.MetadataExtractor;
import org.dateline.read.DocumentReader;
import org.dateline.model.Metadata;
import org.dateline.pipeline.SiteBuild;
import org.dateline.pipeline.StoryProcessor;
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
  public Integer call() throws InterruptedException {
    DocumentReader reader = new DocumentReader();
    MetadataExtractor extractor = MetadataExtractor.withDefaults();
    ExtractionReport report = new ExtractionReport();
    List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
    List<Metadata> results;
    try (StoryProcessor<Path, Metadata> processor = new StoryProcessor<>(SiteBuild.STORY_TIME_LIMIT)) {
      results =
          processor.map(
              files,
              file -> extract(reader, extractor, file, problems),
              file -> {
                problems.add(StoryProcessor.timedOut(file.toString(), SiteBuild.STORY_TIME_LIMIT));
                return null;
              });
    }
    for (int i = 0; i < files.size(); i++) {
      if (results.get(i) != null) {
        report.add(files.get(i).toString(), results.get(i));
      }
    }
    spec.commandLine().getOut().print(report.toJson(pretty));
    spec.commandLine().getOut().flush();
    List<Diagnostic> sorted = new ArrayList<>(problems);
    sorted.sort(Diagnostic.ORDER);
    for (Diagnostic d : sorted) {
      spec.commandLine().getErr().println(d);
    }
    spec.commandLine().getErr().flush();
    return problems.stream().anyMatch(Diagnostic::isError) ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
  }

  private static Metadata extract(
      DocumentReader reader, MetadataExtractor extractor, Path file, List<Diagnostic> problems) {
    try {
      return extractor.extract(reader.read(file, file.toString(), problems));
    } catch (ContentException e) {
      problems.addAll(e.diagnostics());
      return null;
    }
  }
}
