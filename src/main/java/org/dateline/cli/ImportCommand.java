package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.diag.DisplayPath;
import org.dateline.edit.StoryImporter;
import org.dateline.extract.MetadataExtractor;
import org.dateline.extract.PeopleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline import FILE...}: raw stories into content/ Markdown with extracted front matter. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Turn raw stories (plain text like seeds/*.txt) into content/YYYY/slug.md whose front",
      "matter holds what the extractor found, for review. Prints each path written."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--root", description = "Project folder (default: the current folder).")
  Path root = Path.of("");

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Raw story files.")
  List<Path> files;

  @Override
  public Integer call() throws IOException, ContentException {
    Path projectRoot = root.toAbsolutePath().normalize();
    StoryImporter importer = new StoryImporter(projectRoot, MetadataExtractor.withDefaults(registry(projectRoot)));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Diagnostic> problems = new ArrayList<>();
    boolean failed = false;
    for (Path file : files) {
      try {
        out.println(DisplayPath.of(projectRoot, importer.importFile(file, force, problems)));
      } catch (FileAlreadyExistsException e) {
        failed = true;
        err.println(DisplayPath.of(projectRoot, Path.of(e.getFile()))
            + ":1:1: error: file exists; not overwritten (use --force) [exists]");
      } catch (ContentException e) {
        failed = true;
        problems.addAll(e.diagnostics());
      }
    }
    problems.forEach(err::println);
    out.flush();
    err.flush();
    return failed || problems.stream().anyMatch(Diagnostic::isError)
        ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
  }

  private static PeopleRegistry registry(Path root) throws IOException, ContentException {
    Path file = root.resolve("content/people.yaml");
    return Files.isRegularFile(file)
        ? PeopleRegistry.parse(Files.readString(file, StandardCharsets.UTF_8), "content/people.yaml")
        : PeopleRegistry.EMPTY;
  }
}
