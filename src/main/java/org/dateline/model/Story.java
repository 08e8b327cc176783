package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * One story ready to be archived: where it came from, the editor's facts, its body and its
 * metadata. The pipeline builds it from the reader's document and the extractor's metadata.
 *
 * @param file source path relative to the project root
 * @param slug the slug asked for in front matter, or null to derive one from the file name
 * @param date ISO publication date, or null when unknown
 * @param body the story's body, in order (section headings, and HTML fragments that are not empty)
 * @param excerpt the opening words of its first paragraph of some length, plain text ("" if none)
 */
public record Story(
    String file,
    String slug,
    String date,
    List<String> authors,
    String originalSource,
    List<Figure> figures,
    List<BodyPart> body,
    String excerpt,
    Metadata metadata) {
  public Story {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(excerpt, "excerpt must not be null");
    Objects.requireNonNull(metadata, "metadata must not be null");
    authors = List.copyOf(authors);
    figures = List.copyOf(figures);
    body = List.copyOf(body);
  }

  /**
   * This story without the HTML of its paragraphs (its headings stay): everything of it that the
   * archive is made of but its own page's text. Two stories with the same outline differ at most
   * in the words of their paragraphs, and so do the articles made of them.
   */
  public Story outline() {
    return new Story(
        file, slug, date, authors, originalSource, figures,
        body.stream().filter(BodyPart::heading).toList(), excerpt, metadata);
  }

  /**
   * A piece of a story's body: a section heading (its text; no HTML) or an HTML fragment (no
   * text: the extractor has read it, and the archive needs only the HTML).
   */
  public record BodyPart(boolean heading, String text, Utf8Text html) {
    public BodyPart {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(html, "html must not be null");
    }

    public static BodyPart heading(String text) {
      return new BodyPart(true, text, Utf8Text.EMPTY);
    }

    public static BodyPart html(String html) {
      return new BodyPart(false, "", Utf8Text.of(html));
    }
  }
}
