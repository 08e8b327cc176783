package org.dateline.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Story;
import org.dateline.parallel.Parallel;

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

  /** A story whose article slug another story (earlier by file name) already asks for. */
  public record Duplicate(Story story, String slug, String firstFile) {
    /** What to tell the editor. */
    public String message() {
      return "slug '" + slug + "' is also the slug of " + firstFile
          + "; this story is published as '" + slug + "-2' (or higher): give one of them another"
          + " 'slug:' in front matter";
    }
  }

  /** The stories whose article slug is already taken, in file order (they get "-2" and so on). */
  public static List<Duplicate> duplicates(Iterable<Story> stories) {
    List<Story> ordered = new ArrayList<>();
    stories.forEach(ordered::add);
    ordered.sort(Comparator.comparing(Story::file));
    List<String> slugs = Parallel.map(ordered.size(), i -> articleSlug(ordered.get(i)));
    Map<String, String> first = new HashMap<>();
    List<Duplicate> out = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      Story story = ordered.get(i);
      String other = first.putIfAbsent(slugs.get(i), story.file());
      if (other != null) {
        out.add(new Duplicate(story, slugs.get(i), other));
      }
    }
    return out;
  }
}
