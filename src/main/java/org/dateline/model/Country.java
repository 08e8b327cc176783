package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A country across the whole archive.
 *
 * @param articles ids of the stories that mention it, newest first
 * @param people slugs of the people of its stories, most frequent first
 * @param mentions how many stories mention it
 */
public record Country(
    CountryInfo info, String url, List<String> articles, List<String> people, int mentions) {
  public Country {
    Objects.requireNonNull(info, "info must not be null");
    articles = List.copyOf(articles);
    people = List.copyOf(people);
  }

  public String code() {
    return info.code();
  }

  public String name() {
    return info.name();
  }
}
