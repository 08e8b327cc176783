package org.dateline.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole collection: articles newest first (undated last), people A–Z by surname, countries
 * by name, and the relations between them.
 */
public record Archive(
    List<Article> articles, List<Person> people, List<Country> countries, Relations relations) {
  public Archive {
    articles = List.copyOf(articles);
    people = List.copyOf(people);
    countries = List.copyOf(countries);
    java.util.Objects.requireNonNull(relations, "relations must not be null");
  }

  public Map<String, Person> peopleBySlug() {
    return index(people, Person::slug);
  }

  public Map<String, Country> countriesByCode() {
    return index(countries, Country::code);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream()
        .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
