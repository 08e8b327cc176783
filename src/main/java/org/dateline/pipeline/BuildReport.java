package org.dateline.pipeline;

import java.util.List;
import org.dateline.diag.Diagnostic;

/**
 * What a build did: counts, the problems it found (warnings, and the errors of stories left out
 * by a build that kept going), and how long it took.
 *
 * @param files the files written (new or changed)
 * @param unchanged the files of the site left as they were, their bytes being the same
 * @param kept how many of the {@code unchanged} files were not even rendered again, being made
 *     from the very inputs of the last build
 * @param reused how many of the {@code stories} came from the build cache, not read and extracted
 * @param upToDate whether the build found every input and the whole site as the last build left
 *     them, and so did nothing but say again what that build said
 */
public record BuildReport(
    int stories,
    int reused,
    int people,
    int countries,
    int files,
    int unchanged,
    int kept,
    boolean upToDate,
    List<Diagnostic> problems,
    long millis,
    Timings timings) {
  /**
   * How long each stage of a build took, in milliseconds: finding the inputs (listing and stamping
   * the story files, the last build's record, the settings and the extractor), reading and
   * extracting the stories, assembling the archive, rendering (the site's files staged), and
   * committing them to the output folder with the caches.
   */
  public record Timings(long inputs, long readAndExtract, long archive, long render, long commit) {
    static final Timings NONE = new Timings(0, 0, 0, 0, 0);

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "inputs %d ms, read and extract %d ms, archive %d ms, render %d ms, commit %d ms",
          inputs, readAndExtract, archive, render, commit);
    }
  }

  public BuildReport {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Diagnostic::isError);
  }

  /** One line: {@code 120 stories (118 from cache), 85 people, ...}; no cache part when none. */
  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "%d stories%s, %d people, %d countries, %d files written, %d unchanged%s, %d problems, %d ms",
        stories,
        reused == 0 ? "" : " (" + reused + " from cache)",
        people,
        countries,
        files,
        unchanged,
        upToDate ? " (nothing changed since the last build)" : kept == 0 ? "" : " (" + kept + " not rendered again)",
        problems.size(),
        millis);
  }
}
