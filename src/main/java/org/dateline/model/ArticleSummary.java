package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as the pages that list it see it: all of it but its body (see {@link Article}, which
 * holds one). Lists, feeds, the pages of people, countries and dates, and an article's links to
 * others hold summaries, so that an edit of a story's paragraphs changes its own page and no other.
 *
 * @param id stable identifier (the slug)
 * @param url path of its page relative to the site root ("articles/kz-korea.html")
 * @param file source path relative to the project root
 * @param date ISO publication date, or null
 * @param excerpt the first words of the body, plain text
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
    datelinePlaces = List.copyOf(datelinePlaces);
    authors = List.copyOf(authors);
    figures = List.copyOf(figures);
    sections = List.copyOf(sections);
    people = List.copyOf(people);
    countries = List.copyOf(countries);
    quotes = List.copyOf(quotes);
  }
}
