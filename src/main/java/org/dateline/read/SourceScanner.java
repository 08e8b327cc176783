package org.dateline.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;
import org.dateline.parallel.Parallel;

/**
 * Finds the story files under the source folders: {@code .md}, {@code .markdown} and {@code .txt}
 * files, hidden files and folders skipped, sorted by path. A file that is a link to somewhere
 * outside the project is refused with a diagnostic. Each file is looked at once, and what the
 * file system said of it comes with it (see {@link SourceFile#stat}).
 */
public final class SourceScanner {
  private static final int MAX_DEPTH = 64;

  private final Path projectRoot;

  public SourceScanner(Path projectRoot) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
  }

  /**
   * A story file and the path shown to the user for it.
   *
   * @param stat what the file system said of the file (of its target, for a link) as the scan
   *     looked at it; null on a file system without POSIX attributes
   */
  public record SourceFile(Path path, String displayPath, FileStat stat) {
    /** A story file with nothing known of it. */
    public SourceFile(Path path, String displayPath) {
      this(path, displayPath, null);
    }
  }

  /** An entry of a folder as looked at: a folder to go into, or a story file (a link to one, maybe). */
  private record Entry(Path path, boolean folder, boolean link, FileStat stat) {
    static Entry folder(Path path) {
      return new Entry(path, true, false, null);
    }

    static Entry story(Path path, boolean link, FileStat stat) {
      return new Entry(path, false, link, stat);
    }
  }

  public List<SourceFile> scan(List<Path> folders, List<Diagnostic> problems) throws IOException {
    List<SourceFile> found = new ArrayList<>();
    Path realRoot = projectRoot.toRealPath();
    for (Path folder : folders) {
      Path absolute = projectRoot.resolve(folder).normalize();
      // a source folder that is a link is not followed, as no link to a folder is
      if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      List<Entry> stories = storiesUnder(absolute);
      stories.sort(Comparator.comparing(Entry::path));
      for (Entry story : stories) {
        String shown = display(story.path());
        if (story.link() && !story.path().toRealPath().startsWith(realRoot)) {
          problems.add(
              Diagnostic.error(
                  SourcePos.startOf(shown),
                  "outside-project",
                  "story file is a link to outside the project; refusing to read it"));
          continue;
        }
        found.add(new SourceFile(story.path(), shown, story.stat()));
      }
    }
    return found;
  }

  /**
   * The story files under {@code folder}, a level of folders at a time: the entries of a level
   * are listed, then looked at on all cores (a look-up is mostly waiting for the system). Links to
   * folders are not followed; a file gone between the listing and its look-up is left out.
   */
  private static List<Entry> storiesUnder(Path folder) throws IOException {
    List<Entry> stories = new ArrayList<>();
    List<Path> level = List.of(folder);
    for (int depth = 1; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
      List<Path> entries = new ArrayList<>();
      for (Path parent : level) {
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(parent)) {
          for (Path entry : listing) {
            if (!isHidden(entry)) {
              entries.add(entry);
            }
          }
        }
      }
      List<Entry> seen;
      try {
        seen = Parallel.map(entries.size(), i -> look(entries.get(i)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      List<Path> next = new ArrayList<>();
      for (Entry entry : seen) {
        if (entry != null && entry.folder()) {
          next.add(entry.path());
        } else if (entry != null) {
          stories.add(entry);
        }
      }
      level = next;
    }
    return stories;
  }

  /**
   * What {@code entry} is, by one look-up of its own attributes (two for a link to a story); null
   * for neither a folder nor a story file.
   */
  private static Entry look(Path entry) {
    try {
      FileStat own = FileStat.read(entry, LinkOption.NOFOLLOW_LINKS);
      if (own == null) {
        return lookWithoutStat(entry);
      }
      if (own.isFolder()) {
        return Entry.folder(entry);
      }
      if (!hasStoryName(entry.getFileName().toString())) {
        return null;
      }
      if (own.isLink()) {
        FileStat target = targetOf(entry);
        return target != null && target.isRegularFile() ? Entry.story(entry, true, target) : null;
      }
      return own.isRegularFile() ? Entry.story(entry, false, own) : null;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a link leads to; null when it leads nowhere (dangling, or a loop of links). */
  private static FileStat targetOf(Path link) {
    try {
      return FileStat.read(link);
    } catch (IOException e) {
      return null;
    }
  }

  /** {@link #look} on a file system without POSIX attributes: the files come without a stat. */
  private static Entry lookWithoutStat(Path entry) throws IOException {
    BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (own.isDirectory()) {
      return Entry.folder(entry);
    }
    boolean story =
        hasStoryName(entry.getFileName().toString())
            && (own.isRegularFile() || own.isSymbolicLink() && Files.isRegularFile(entry));
    return story ? Entry.story(entry, own.isSymbolicLink(), null) : null;
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
