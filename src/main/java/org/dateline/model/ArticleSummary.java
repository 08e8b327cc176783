package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as the pages that list it see it: all of it but its body (see {@link Article}).
 * Lists, feeds, the pages of people, countries and dates, and an article's links to others hold
 * summaries, so that an edit of a story's paragraphs changes its own page and no other.
 */
public record ArticleSummary(
    String id,
    String slug,
    String url,
    String file,
    String date,
    String title,
    Dateline dateline,
    List<Article.Place> datelinePlaces,
    List<String> authors,
    String originalSource,
    List<Figure> figures,
    List<Article.Section> sections,
    String excerpt,
    List<Article.PersonRef> people,
    List<Article.CountryRef> countries,
    List<Quote> quotes) {
  public ArticleSummary {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(url, "url must not be null");
    Objects.requireNonNull(title, "title must not be null");
  }

  /** The summary of {@code article}, sharing its values. */
  public static ArticleSummary of(Article a) {
    return new ArticleSummary(
        a.id(), a.slug(), a.url(), a.file(), a.date(), a.title(), a.dateline(), a.datelinePlaces(),
        a.authors(), a.originalSource(), a.figures(), a.sections(), a.excerpt(), a.people(), a.countries(),
        a.quotes());
  }
}
