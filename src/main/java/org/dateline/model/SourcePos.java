package org.dateline.model;

import java.util.Objects;

/**
 * A place in a source file: the path as shown to the user (relative to the project root) and a
 * 1-based line and column. Prints as {@code content/a.md:3:1}.
 */
public record SourcePos(String file, int line, int column) {
  public SourcePos {
    Objects.requireNonNull(file, "file must not be null");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  public static SourcePos startOf(String file) {
    return new SourcePos(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
