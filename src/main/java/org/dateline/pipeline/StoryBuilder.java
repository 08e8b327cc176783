package org.dateline.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Metadata;
import org.dateline.model.Story;
import org.dateline.read.Block;
import org.dateline.read.BlockKind;
import org.dateline.read.FrontMatter;
import org.dateline.read.ParsedDocument;

/**
 * Joins a read document and its metadata into a {@link Story}. The publication date is the
 * front matter's, else the dateline's, else the byline's ("By Ann Lee June 3, 2025"); the authors
 * are the front matter's, else the byline's.
 */
final class StoryBuilder {
  private static final Pattern BYLINE =
      Pattern.compile(
          "^By\\s+(?<names>.+?)(?:,\\s*[^,]*?)?(?:\\s+(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},\\s+\\d{4}))?$");
  private static final DateTimeFormatter MONTH_DAY_YEAR =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH_DAY_YEAR =
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

  /** The excerpt comes from the first paragraph of at least this many words... */
  private static final int EXCERPT_MIN_WORDS = 8;
  /** ...and is its opening words up to this length, cut at a space. */
  private static final int EXCERPT_CHARS = 220;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private StoryBuilder() {}

  static Story build(ParsedDocument document, Metadata metadata) {
    FrontMatter fm = document.frontMatter();
    List<String> authors = new ArrayList<>(fm.authors());
    String bylineDate = null;
    for (Block block : document.blocks()) {
      if (block.kind() != BlockKind.BYLINE) {
        continue;
      }
      Matcher m = BYLINE.matcher(block.text().strip());
      if (m.matches()) {
        if (fm.authors().isEmpty()) {
          for (String name : m.group("names").split("\\s*(?:,|\\band\\b|&)\\s*")) {
            if (!name.isBlank()) {
              authors.add(name.strip());
            }
          }
        }
        if (m.group("date") != null) {
          bylineDate = parseDate(m.group("date"));
        }
      }
      break;
    }
    String date = fm.date() != null ? fm.date() : metadata.dateline().date();
    if (date == null) {
      date = bylineDate;
    }
    List<Story.BodyPart> body = new ArrayList<>();
    String excerpt = "";
    for (Block block : document.bodyBlocks()) {
      if (block.kind() == BlockKind.HEADING) {
        body.add(Story.BodyPart.heading(block.text()));
      } else {
        // a run of paragraphs has its HTML in its first block (see the reader): no part for the others
        if (!block.html().isEmpty()) {
          body.add(Story.BodyPart.html(block.html()));
        }
        if (excerpt.isEmpty() && SPACES.split(block.text().strip()).length >= EXCERPT_MIN_WORDS) {
          excerpt = excerpt(block.text());
        }
      }
    }
    return new Story(
        document.file(),
        fm.slug(),
        date,
        authors,
        document.originalSource(),
        document.figures(),
        body,
        excerpt,
        metadata);
  }

  static String excerpt(String text) {
    String t = text.strip();
    if (t.length() <= EXCERPT_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', EXCERPT_CHARS);
    return t.substring(0, cut > 0 ? cut : EXCERPT_CHARS) + "…";
  }

  private static String parseDate(String text) {
    String t = text.replace(".", "").replace("Sept ", "Sep ");
    for (DateTimeFormatter f : List.of(MONTH_DAY_YEAR, SHORT_MONTH_DAY_YEAR)) {
      try {
        return LocalDate.parse(t, f).toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }
}
