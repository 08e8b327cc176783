package org.dateline.diag;

import java.util.Objects;
import org.dateline.model.SourcePos;

/**
 * One problem found in the input, with its place. Prints in the one format every Dateline message
 * uses: {@code content/a.md:3:1: error: front matter is not valid YAML: ... [front-matter]}.
 */
public record Diagnostic(Severity severity, SourcePos pos, String code, String message) {
  /** The order problems are reported in: by file, line, column, then message. */
  public static final java.util.Comparator<Diagnostic> ORDER =
      java.util.Comparator.comparing((Diagnostic d) -> d.pos().file())
          .thenComparingInt(d -> d.pos().line())
          .thenComparingInt(d -> d.pos().column())
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(pos, "pos must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  public static Diagnostic error(SourcePos pos, String code, String message) {
    return new Diagnostic(Severity.ERROR, pos, code, message);
  }

  public static Diagnostic warning(SourcePos pos, String code, String message) {
    return new Diagnostic(Severity.WARNING, pos, code, message);
  }

  public static Diagnostic note(SourcePos pos, String code, String message) {
    return new Diagnostic(Severity.NOTE, pos, code, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return pos + ": " + severity.label() + ": " + message + " [" + code + "]";
  }
}
