package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A person across the whole archive: one page, however many stories name them.
 *
 * @param aliases other forms of the name seen in the stories
 * @param roles every role seen, with the story it comes from
 * @param countries ISO codes of the countries mentioned in their stories, most frequent first
 * @param articles ids of their stories, newest first
 * @param mentions how many stories mention them
 */
public record Person(
    String name,
    String slug,
    String url,
    List<String> aliases,
    List<RoleSeen> roles,
    List<String> countries,
    List<String> articles,
    int mentions) {
  public Person {
    Objects.requireNonNull(name, "name must not be null");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    countries = List.copyOf(countries);
    articles = List.copyOf(articles);
  }

  /** A role as one story gives it. */
  public record RoleSeen(String role, String article) {}
}
