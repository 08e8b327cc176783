package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * What Dateline knows about one story: extracted from its text, with the editor's front matter
 * and the people registry already applied.
 */
public record Metadata(
    String title,
    Dateline dateline,
    List<PersonMention> people,
    List<CountryMention> countries,
    List<String> sections,
    List<Quote> quotes) {
  public Metadata {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(dateline, "dateline must not be null");
    people = List.copyOf(people);
    countries = List.copyOf(countries);
    sections = List.copyOf(sections);
    quotes = List.copyOf(quotes);
  }
}
