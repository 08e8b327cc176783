package org.dateline.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.dateline.archive.Slugs;

/**
 * Where the editor's story files go ({@code content/YYYY/slug.md}) and how they are written: never
 * over an existing file unless asked to.
 *
 * <pre>{@code
 * Path file = StoryFiles.newStory(root, "Ferry line opens", LocalDate.now(clock));
 * }</pre>
 */
public final class StoryFiles {
  private StoryFiles() {}

  /** {@code content/YEAR/slug.md}, or {@code content/imported/slug.md} without a year. */
  public static Path target(Path root, String headline, String isoDate) {
    String slug = Slugs.slug(headline);
    String folder = isoDate == null || isoDate.length() < 4 ? "imported" : isoDate.substring(0, 4);
    return root.resolve("content").resolve(folder).resolve((slug.isEmpty() ? "story" : slug) + ".md");
  }

  /**
   * Writes a new story's skeleton: front matter with the headline and {@code today}, a body to
   * fill in. Throws {@link FileAlreadyExistsException} and writes nothing when the file exists.
   */
  public static Path newStory(Path root, String headline, LocalDate today) throws IOException {
    Path file = target(root, headline, today.toString());
    String text =
        "---\n"
            + "title: " + Yaml.quote(headline.strip()) + "\n"
            + "date: " + today + "\n"
            + "# dateline: \"City\" (else taken from the first paragraph)\n"
            + "authors: []\n"
            + "---\n\n"
            + "Write the story here, opening with its dateline: who, what, when, where.\n\n"
            + "## A section heading\n\n"
            + "More paragraphs...\n";
    write(file, text, false);
    return file;
  }

  /** Writes {@code text} to {@code file}; without {@code force} an existing file is an error. */
  static void write(Path file, String text, boolean force) throws IOException {
    Files.createDirectories(file.getParent());
    if (force) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } else {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    }
  }
}
