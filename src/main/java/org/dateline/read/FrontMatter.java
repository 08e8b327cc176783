package org.dateline.read;

import java.util.List;
import java.util.Objects;

/**
 * The editor's facts about a story, from its YAML front matter. Every field is optional
 * ({@code null} or empty when absent); what is given here wins over extraction.
 *
 * @param places dateline places ({@code dateline: "Astana/Seoul"} or a list)
 * @param date ISO date ({@code yyyy-MM-dd}), validated by the reader
 * @param people full names of the people in the story; when given, they replace extraction
 * @param countries ISO codes or country names; when given, they replace extraction
 * @param notPeople names the extractor must not take for people in this story
 */
public record FrontMatter(
    String title,
    String date,
    List<String> places,
    List<String> authors,
    String source,
    List<String> people,
    List<String> countries,
    List<String> notPeople,
    String slug,
    boolean draft) {
  public static final FrontMatter EMPTY =
      new FrontMatter(null, null, null, List.of(), null, null, null, List.of(), null, false);

  public FrontMatter {
    places = places == null ? null : List.copyOf(places);
    authors = List.copyOf(Objects.requireNonNull(authors, "authors must not be null"));
    people = people == null ? null : List.copyOf(people);
    countries = countries == null ? null : List.copyOf(countries);
    notPeople = List.copyOf(Objects.requireNonNull(notPeople, "notPeople must not be null"));
  }
}
