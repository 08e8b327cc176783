package org.dateline.model;

import java.util.List;
import java.util.Map;

/**
 * How the archive's items relate: for each article, its related articles (most related first);
 * for each person (by slug), the people most often named in the same stories; for each country
 * (by code), the countries most often named with it.
 */
public record Relations(
    Map<String, List<String>> relatedArticles,
    Map<String, List<String>> coMentionedPeople,
    Map<String, List<String>> coMentionedCountries) {
  public static final Relations NONE = new Relations(Map.of(), Map.of(), Map.of());

  public Relations {
    relatedArticles = Map.copyOf(relatedArticles);
    coMentionedPeople = Map.copyOf(coMentionedPeople);
    coMentionedCountries = Map.copyOf(coMentionedCountries);
  }

  public List<String> relatedArticles(String id) {
    return relatedArticles.getOrDefault(id, List.of());
  }

  public List<String> coMentionedPeople(String slug) {
    return coMentionedPeople.getOrDefault(slug, List.of());
  }

  public List<String> coMentionedCountries(String code) {
    return coMentionedCountries.getOrDefault(code, List.of());
  }
}
