package org.dateline.archive;

import org.dateline.model.Story;

/**
 * The archive's slug rules for other stages and tools: the ASCII slug of a text, and what a
 * story's article slug is made from. Same behaviour as the archive's own slugs.
 *
 * <pre>{@code
 * Slugs.slug("Ferry Line Opens");   // "ferry-line-opens"
 * }</pre>
 */
public final class Slugs {
  private Slugs() {}

  /** The slug of {@code text} (ASCII, lower case, hyphenated, at most 80 characters); may be empty. */
  public static String slug(String text) {
    return Slugger.slug(text);
  }

  /**
   * The base slug a story's article page asks for (before "-2" suffixes make it unique): from the
   * front matter's slug, else the file name, else the headline; "story" when that is empty.
   */
  public static String articleSlug(Story story) {
    String slug = Slugger.slug(ArchiveBuilder.slugSource(story));
    return slug.isEmpty() ? "story" : slug;
  }
}
