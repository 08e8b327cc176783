package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.archive.ArchiveBuilder;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.extract.MetadataExtractor;
import org.dateline.model.Archive;
import org.dateline.model.SiteConfig;
import org.dateline.model.SourcePos;
import org.dateline.model.Story;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;
import org.dateline.read.SiteConfigReader;
import org.dateline.read.SourceScanner;
import org.dateline.render.OutputFile;
import org.dateline.render.SiteRenderer;
import org.dateline.render.pebble.TemplateException;
import org.dateline.render.pebble.Templates;
import org.dateline.write.SiteWriter;

/**
 * A whole build: read → extract → archive → render → write. Every problem of every story is
 * collected; if any is an error (or a warning with {@code strict}), nothing is written and the
 * previous site stays as it was.
 *
 * <pre>{@code
 * BuildReport report = new SiteBuild(BuildOptions.standard(Path.of("."))).run();
 * }</pre>
 */
public final class SiteBuild {
  private final BuildOptions options;

  public SiteBuild(BuildOptions options) {
    this.options = options;
  }

  public BuildReport run() throws ContentException, IOException {
    long start = System.nanoTime();
    List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
    SiteConfig config =
        SiteConfigReader.read(options.config(), display(options.config()), problems);
    if (config.baseUrl() == null) {
      problems.add(
          Diagnostic.warning(
              SourcePos.startOf(display(options.config())),
              "base-url",
              "no base_url set: feeds use relative links, the sitemap lists no pages and pages have no canonical link"));
    }
    List<SourceScanner.SourceFile> files =
        new SourceScanner(options.root()).scan(options.sources(), problems);
    DocumentReader reader = new DocumentReader(config.trustHtml());
    MetadataExtractor extractor = MetadataExtractor.withDefaults();
    List<Story> stories =
        files.parallelStream()
            .map(file -> readStory(reader, extractor, file, problems))
            .flatMap(Stream::ofNullable)
            .toList();
    failOnErrors(problems);
    Archive archive = new ArchiveBuilder(extractor.countries()).build(stories);
    List<OutputFile> output = new ArrayList<>(render(archive, config));
    output.addAll(assets());
    new SiteWriter(options.out()).write(output);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new BuildReport(
        archive.articles().size(),
        archive.people().size(),
        archive.countries().size(),
        output.size(),
        sorted(problems),
        millis);
  }

  private static Story readStory(
      DocumentReader reader,
      MetadataExtractor extractor,
      SourceScanner.SourceFile file,
      List<Diagnostic> problems) {
    List<Diagnostic> local = new ArrayList<>();
    try {
      ParsedDocument document = reader.read(file.path(), file.displayPath(), local);
      if (document.frontMatter().draft()) {
        return null;
      }
      return StoryBuilder.build(document, extractor.extract(document));
    } catch (ContentException e) {
      local.addAll(e.diagnostics());
      return null;
    } finally {
      problems.addAll(local);
    }
  }

  private List<OutputFile> render(Archive archive, SiteConfig config) throws ContentException {
    if (!Files.isDirectory(options.templates())) {
      throw new ContentException(
          Diagnostic.error(
              SourcePos.startOf(display(options.templates())),
              "template",
              "templates folder not found: expected " + display(options.templates())));
    }
    try {
      return new SiteRenderer(new Templates(options.templates()), config).render(archive);
    } catch (TemplateException e) {
      Path file = Path.of(e.file());
      throw new ContentException(
          Diagnostic.error(
              new SourcePos(display(file), Math.max(1, e.line()), 1), "template", e.getMessage()));
    }
  }

  /** Static files under {@code templates/assets/}, copied to {@code assets/}. */
  private List<OutputFile> assets() throws IOException {
    Path folder = options.templates().resolve("assets");
    List<OutputFile> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
        if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
          String relative = folder.relativize(file).toString().replace('\\', '/');
          out.add(new OutputFile("assets/" + relative, Files.readAllBytes(file)));
        }
      }
    }
    return out;
  }

  private void failOnErrors(List<Diagnostic> problems) throws ContentException {
    List<Diagnostic> all = sorted(problems);
    boolean failed =
        all.stream().anyMatch(d -> d.isError() || options.strict());
    if (failed) {
      throw new ContentException(all);
    }
  }

  private static List<Diagnostic> sorted(List<Diagnostic> problems) {
    List<Diagnostic> copy = new ArrayList<>(problems);
    copy.sort(
        java.util.Comparator.comparing((Diagnostic d) -> d.pos().file())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column()));
    return copy;
  }

  private String display(Path path) {
    Path root = options.root().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
