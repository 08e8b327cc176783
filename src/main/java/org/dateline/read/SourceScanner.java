package org.dateline.read;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;

/**
 * Finds the story files under the source folders: {@code .md}, {@code .markdown} and {@code .txt}
 * files, hidden files and folders skipped, sorted by path. A file that is a link to somewhere
 * outside the project is refused with a diagnostic.
 */
public final class SourceScanner {
  private static final int MAX_DEPTH = 64;

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
      List<Path> stories = new ArrayList<>();
      Set<Path> links = new HashSet<>();
      // the visitor sees each entry's own attributes (links are not followed), so a plain file
      // costs no look-up of its own
      Files.walkFileTree(
          absolute,
          EnumSet.noneOf(FileVisitOption.class),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(absolute) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (!name.startsWith(".")
                  && hasStoryName(name)
                  && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                stories.add(file);
                if (attrs.isSymbolicLink()) {
                  links.add(file);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              throw e;
            }
          });
      stories.sort(null);
      for (Path file : stories) {
        String shown = display(file);
        if (links.contains(file) && !file.toRealPath().startsWith(realRoot)) {
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
    return found;
  }

  private static boolean isHidden(Path file) {
    return file.getFileName().toString().startsWith(".");
  }

  private static boolean hasStoryName(String name) {
    return endsWithIgnoringCase(name, ".md") || endsWithIgnoringCase(name, ".markdown") || endsWithIgnoringCase(name, ".txt");
  }

  private static boolean endsWithIgnoringCase(String name, String suffix) {
    return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
  }

  /** The path relative to the project, with forward slashes. */
  private String display(Path file) {
    String text = file.toString();
    if (file.startsWith(projectRoot)) {
      // the text after the root's and a separator: what relativizing gives, without a new path
      String root = projectRoot.toString();
      text = text.substring(root.endsWith(file.getFileSystem().getSeparator()) ? root.length() : root.length() + 1);
    }
    return text.replace('\\', '/');
  }
}
