package org.dateline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;

/**
 * Finds the story files under the source folders: {@code .md}, {@code .markdown} and {@code .txt}
 * files, hidden files and folders skipped, sorted by path. A file that is a link to somewhere
 * outside the project is refused with a diagnostic.
 */
public final class SourceScanner {
  private final Path projectRoot;

  public SourceScanner(Path projectRoot) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
  }

  /** A story file and the path shown to the user for it. */
  public record SourceFile(Path path, String displayPath) {}

  public List<SourceFile> scan(List<Path> folders, List<Diagnostic> problems) throws IOException {
    List<SourceFile> found = new ArrayList<>();
    Path realRoot = projectRoot.toRealPath();
    for (Path folder : folders) {
      Path absolute = projectRoot.resolve(folder).normalize();
      if (!Files.isDirectory(absolute)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(absolute, 64)) {
        for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
          if (!isStory(absolute, file)) {
            continue;
          }
          String shown = display(file);
          if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realRoot)) {
            problems.add(
                Diagnostic.error(
                    SourcePos.startOf(shown),
                    "outside-project",
                    "story file is a link to outside the project; refusing to read it"));
            continue;
          }
          found.add(new SourceFile(file, shown));
        }
      }
    }
    return found;
  }

  private static boolean isStory(Path folder, Path file) {
    for (Path part : folder.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))
        && Files.isRegularFile(file);
  }

  private String display(Path file) {
    Path relative = file.startsWith(projectRoot) ? projectRoot.relativize(file) : file;
    return relative.toString().replace('\\', '/');
  }
}
