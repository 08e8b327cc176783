package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A story as published in the archive, with its links decided.
 *
 * @param id stable identifier (the slug)
 * @param url path of its page relative to the site root ("articles/kz-korea.html")
 * @param file source path relative to the project root
 * @param date ISO publication date, or null
 * @param body the body, escaped or sanitised, with section anchors (as a String: {@link #bodyHtml})
 * @param excerpt the first words of the body, plain text
 */
public record Article(
    String id,
    String slug,
    String url,
    String file,
    String date,
    String title,
    Dateline dateline,
    List<Place> datelinePlaces,
    List<String> authors,
    String originalSource,
    List<Figure> figures,
    List<Section> sections,
    Utf8Text body,
    String excerpt,
    List<PersonRef> people,
    List<CountryRef> countries,
    List<Quote> quotes) {
  public Article {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(url, "url must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(body, "body must not be null");
    datelinePlaces = List.copyOf(datelinePlaces);
    authors = List.copyOf(authors);
    figures = List.copyOf(figures);
    sections = List.copyOf(sections);
    people = List.copyOf(people);
    countries = List.copyOf(countries);
    quotes = List.copyOf(quotes);
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
