package org.dateline.pipeline;

import java.util.List;
import org.dateline.diag.Diagnostic;

/**
 * What a build did: counts, the problems it found (warnings, and the errors of stories left out
 * by a build that kept going), and how long it took.
 */
public record BuildReport(
    int stories, int people, int countries, int files, List<Diagnostic> problems, long millis) {
  public BuildReport {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Diagnostic::isError);
  }

  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "%d stories, %d people, %d countries, %d files written, %d problems, %d ms",
        stories, people, countries, files, problems.size(), millis);
  }
}
