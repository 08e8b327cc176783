package org.dateline.diag;

import java.nio.file.Path;

/**
 * A file's path as Dateline shows it in diagnostics and messages: relative to the project root
 * when the file is inside it, else absolute, with forward slashes.
 *
 * <pre>{@code
 * DisplayPath.of(Path.of("/news"), Path.of("/news/content/a.md")); // "content/a.md"
 * }</pre>
 */
public final class DisplayPath {
  private DisplayPath() {}

  public static String of(Path root, Path file) {
    Path base = root.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
  }
}
