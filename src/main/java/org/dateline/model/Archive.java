package org.dateline.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole collection: articles newest first (undated last), people A–Z, countries by name.
 */
public record Archive(List<Article> articles, List<Person> people, List<Country> countries) {
  public Archive {
    articles = List.copyOf(articles);
    people = List.copyOf(people);
    countries = List.copyOf(countries);
  }

  public Map<String, Article> articlesById() {
    return index(articles, Article::id);
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
