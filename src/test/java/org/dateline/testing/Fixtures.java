package org.dateline.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test sites: copies a fixture from {@code src/test/resources/sites/NAME} into a folder. */
public final class Fixtures {
  /** The project's own templates; tests run from the project root. */
  public static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

  private Fixtures() {}

  /** Copies fixture {@code name} and the project's templates into {@code target}; returns it. */
  public static Path site(String name, Path target) throws IOException {
    copyTree(Path.of("src/test/resources/sites", name), target);
    copyTree(TEMPLATES, target.resolve("templates"));
    return target;
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
  }

  /** Deletes a folder and everything in it. */
  public static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Writes {@code text} to {@code root/relative}, creating folders. */
  public static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /**
   * Waits until the file system's clock has moved on since now, as seen by a probe file in {@code
   * scratch}: its tick may be coarse, and a build only records inputs older than its clock.
   */
  public static void letTheFileClockTick(Path scratch) throws IOException, InterruptedException {
    Path probe = scratch.resolve("clock-probe");
    Files.write(probe, new byte[1]);
    java.nio.file.attribute.FileTime start = Files.getLastModifiedTime(probe);
    while (Files.getLastModifiedTime(probe).equals(start)) {
      Thread.sleep(1);
      Files.write(probe, new byte[1]);
    }
    Files.delete(probe);
  }
}
