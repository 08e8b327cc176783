package org.dateline.pipeline;

import java.util.List;
import org.dateline.diag.Diagnostic;

/** What a successful build did: counts, the warnings it gave, and how long it took. */
public record BuildReport(
    int stories, int people, int countries, int files, List<Diagnostic> warnings, long millis) {
  public BuildReport {
    warnings = List.copyOf(warnings);
  }

  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "%d stories, %d people, %d countries, %d files written, %d warnings, %d ms",
        stories, people, countries, files, warnings.size(), millis);
  }
}
