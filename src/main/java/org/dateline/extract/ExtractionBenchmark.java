package org.dateline.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dateline.diag.ContentException;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;

/**
 * Measures extraction throughput on one thread: reads every story under the given folders once,
 * warms up, then extracts them repeatedly until at least 50 MB of text went through, and prints MB
 * of text per second (on one core).
 *
 * <pre>{@code java -cp target/dateline.jar org.dateline.extract.ExtractionBenchmark ../shared/corpus/conll-dev}</pre>
 */
public final class ExtractionBenchmark {
  private static final long TARGET_BYTES = 50L * 1000 * 1000;

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ExtractionBenchmark DIR...");
      System.exit(2);
    }
    DocumentReader reader = new DocumentReader();
    List<ParsedDocument> documents = new ArrayList<>();
    long bytes = 0;
    for (String dir : args) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          try {
            documents.add(reader.read(f, f.toString(), new ArrayList<>()));
            bytes += Files.readString(f, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8).length;
          } catch (ContentException e) {
            System.err.println(e.getMessage());
          }
        }
      }
    }
    if (documents.isEmpty() || bytes == 0) {
      System.err.println("no stories found");
      System.exit(1);
    }
    MetadataExtractor extractor = MetadataExtractor.withDefaults();
    long sink = 0;
    for (int warm = 0; warm < 5; warm++) {
      for (ParsedDocument d : documents) {
        sink += extractor.extract(d).people().size();
      }
    }
    long processed = 0;
    long start = System.nanoTime();
    while (processed < TARGET_BYTES) {
      for (ParsedDocument d : documents) {
        sink += extractor.extract(d).people().size();
      }
      processed += bytes;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%d stories, %.1f MB processed in %.2f s: %.2f MB/s on one core (checksum %d)%n",
        documents.size(), processed / 1e6, seconds, processed / 1e6 / seconds, sink);
  }
}
