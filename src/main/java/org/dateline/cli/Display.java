package org.dateline.cli;

import java.nio.file.Path;

/** Paths as shown to the user: relative to the project root, with forward slashes. */
final class Display {
  private Display() {}

  static String path(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
