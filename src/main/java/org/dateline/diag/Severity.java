package org.dateline.diag;

/**
 * How bad a diagnostic is. Errors fail the build; warnings fail it only with {@code --strict};
 * notes only inform.
 */
public enum Severity {
  /** Information, such as a correction the editor made; never fails anything. */
  NOTE("note"),
  WARNING("warning"),
  ERROR("error");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
