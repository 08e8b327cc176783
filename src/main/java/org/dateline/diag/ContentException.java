package org.dateline.diag;

import java.util.List;

/**
 * Thrown when the input cannot be turned into a site. Carries every diagnostic of the attempt, so
 * the user sees all problems at once; the command line prints them without a stack trace.
 */
public final class ContentException extends Exception {
  private final List<Diagnostic> diagnostics;

  public ContentException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "build failed" : diagnostics.get(0).toString());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public ContentException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
