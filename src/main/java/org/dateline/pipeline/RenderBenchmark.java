package org.dateline.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.archive.ArchiveBuilder;
import org.dateline.diag.Diagnostic;
import org.dateline.extract.MetadataExtractor;
import org.dateline.extract.PeopleRegistry;
import org.dateline.model.Archive;
import org.dateline.model.SiteConfig;
import org.dateline.read.DocumentReader;
import org.dateline.read.SiteConfigReader;
import org.dateline.read.SourceScanner;
import org.dateline.render.OutputFile;
import org.dateline.render.OutputSink;
import org.dateline.render.SiteRenderer;
import org.dateline.render.pebble.Templates;

/**
 * Measures rendering throughput apart from the file system: reads and extracts the stories of a
 * project (standard layout) once, assembles the archive, then renders the whole site again and
 * again into a sink that only counts the files and their bytes, and prints files per second after
 * warm-up. Run it with {@code -XX:ActiveProcessorCount=1} for the rate on one core (the
 * renderer's parallel parts then run on one thread), as {@code scripts/bench-render.sh} does.
 *
 * <pre>{@code java -XX:ActiveProcessorCount=1 -cp target/dateline.jar org.dateline.pipeline.RenderBenchmark .}</pre>
 */
public final class RenderBenchmark {
  private static final int WARM_UP = 3;
  private static final long TARGET_NANOS = 20_000_000_000L;

  private RenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: RenderBenchmark PROJECT_ROOT");
      System.exit(2);
    }
    BuildOptions options = BuildOptions.standard(Path.of(args[0]));
    List<Diagnostic> problems = new ArrayList<>();
    SiteConfig config = SiteConfigReader.read(options.config(), "site.yaml", problems);
    Path registry = options.root().resolve("content/people.yaml");
    MetadataExtractor extractor =
        MetadataExtractor.withDefaults(
            Files.isRegularFile(registry)
                ? PeopleRegistry.parse(Files.readString(registry, StandardCharsets.UTF_8), "content/people.yaml")
                : PeopleRegistry.EMPTY);
    List<SourceScanner.SourceFile> files = new SourceScanner(options.root()).scan(options.sources(), problems);
    ReadStage.Result read =
        new ReadStage(new DocumentReader(config.trustHtml()), () -> extractor, null, "", Map.of(), SiteBuild.STORY_TIME_LIMIT, (done, total) -> {})
            .read(files);
    Archive archive = new ArchiveBuilder(extractor.countries(), extractor::countryOfPlace).build(read.stories());
    SiteRenderer renderer = new SiteRenderer(new Templates(options.templates()), config);
    Counting sink = new Counting();
    for (int round = 0; round < WARM_UP; round++) {
      renderer.render(archive, sink);
    }
    sink.files.set(0);
    sink.bytes.set(0);
    int rounds = 0;
    long start = System.nanoTime();
    do {
      renderer.render(archive, sink);
      rounds++;
    } while (System.nanoTime() - start < TARGET_NANOS);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d stories, %d rounds of %d files (%.1f MB) in %.2f s: %.0f files per second on %d core(s)%n",
        archive.articles().size(), rounds, sink.files.get() / rounds, sink.bytes.get() / 1e6 / rounds, seconds,
        sink.files.get() / seconds, Runtime.getRuntime().availableProcessors());
  }

  /** Counts the files handed to it and their bytes, and keeps nothing. */
  private static final class Counting implements OutputSink {
    final AtomicLong files = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    @Override
    public void add(OutputFile file) {
      files.incrementAndGet();
      bytes.addAndGet(file.bytes().length);
    }

    @Override
    public void add(String path, String key, Body body) {
      OutputStream counter =
          new OutputStream() {
            @Override
            public void write(int b) {
              bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
              bytes.addAndGet(len);
            }
          };
      try {
        body.writeTo(counter);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.incrementAndGet();
    }
  }
}
