package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A story as published in the archive, with its links decided: all that lists of stories show of
 * it (its {@link ArticleSummary}, whose fields it offers as its own) and its body.
 *
 * @param summary everything of the article but its body
 * @param body the body, escaped or sanitised, with section anchors (as a String: {@link #bodyHtml})
 */
public record Article(ArticleSummary summary, Utf8Text body) {
  public Article {
    Objects.requireNonNull(summary, "summary must not be null");
    Objects.requireNonNull(body, "body must not be null");
  }

  public String id() {
    return summary.id();
  }

  public String slug() {
    return summary.slug();
  }

  public String url() {
    return summary.url();
  }

  public String file() {
    return summary.file();
  }

  public String date() {
    return summary.date();
  }

  public String title() {
    return summary.title();
  }

  public Dateline dateline() {
    return summary.dateline();
  }

  public List<Place> datelinePlaces() {
    return summary.datelinePlaces();
  }

  public List<String> authors() {
    return summary.authors();
  }

  public String originalSource() {
    return summary.originalSource();
  }

  public List<Figure> figures() {
    return summary.figures();
  }

  public List<Section> sections() {
    return summary.sections();
  }

  public String excerpt() {
    return summary.excerpt();
  }

  public List<PersonRef> people() {
    return summary.people();
  }

  public List<CountryRef> countries() {
    return summary.countries();
  }

  public List<Quote> quotes() {
    return summary.quotes();
  }

  /** The body, escaped or sanitised, with section anchors. */
  public String bodyHtml() {
    return body.toString();
  }

  /**
   * A place of the dateline, with the country it is in and that country's page (both null when
   * the place is unknown or the country has no page).
   */
  public record Place(String name, String code, String url) {}

  /** A section heading and the anchor of its {@code id} in the page. */
  public record Section(String title, String anchor) {}

  /** A person as mentioned in this article, with the link to their page. */
  public record PersonRef(
      String name, String slug, String url, List<String> roles, List<String> aliases) {
    public PersonRef {
      roles = List.copyOf(roles);
      aliases = List.copyOf(aliases);
    }
  }

  /** A country mentioned in this article (named, or implied by a demonym or city). */
  public record CountryRef(String code, String name, String flag, String url, boolean named) {}
}
