package org.dateline.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.model.Article;
import org.dateline.model.Relations;

/**
 * Finds related stories (ranked by shared people, then shared countries, then closeness in date)
 * and co-mentioned people and countries. Works through inverted lists, so a story is compared
 * only with the stories it shares someone or something with.
 */
final class RelationsBuilder {
  static final int RELATED_ARTICLES = 5;
  static final int CO_MENTIONED = 10;
  private static final int PERSON_WEIGHT = 3;
  private static final int COUNTRY_WEIGHT = 1;

  private RelationsBuilder() {}

  static Relations build(List<Article> articles) {
    Map<String, List<Article>> byPerson = new HashMap<>();
    Map<String, List<Article>> byCountry = new HashMap<>();
    for (Article a : articles) {
      for (Article.PersonRef p : a.people()) {
        byPerson.computeIfAbsent(p.slug(), k -> new ArrayList<>()).add(a);
      }
      for (Article.CountryRef c : a.countries()) {
        if (c.named()) {
          byCountry.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(a);
        }
      }
    }
    Map<String, List<String>> related = new TreeMap<>();
    for (Article a : articles) {
      Map<Article, Integer> scores = new HashMap<>();
      for (Article.PersonRef p : a.people()) {
        for (Article other : byPerson.get(p.slug())) {
          scores.merge(other, PERSON_WEIGHT, Integer::sum);
        }
      }
      for (Article.CountryRef c : a.countries()) {
        for (Article other : byCountry.getOrDefault(c.code(), List.of())) {
          scores.merge(other, COUNTRY_WEIGHT, Integer::sum);
        }
      }
      scores.remove(a);
      long day = epochDay(a);
      List<String> top =
          scores.entrySet().stream()
              .sorted(
                  Comparator.comparing((Map.Entry<Article, Integer> e) -> -e.getValue())
                      .thenComparingLong(e -> Math.abs(epochDay(e.getKey()) - day))
                      .thenComparing(e -> e.getKey().id()))
              .limit(RELATED_ARTICLES)
              .map(e -> e.getKey().id())
              .toList();
      if (!top.isEmpty()) {
        related.put(a.id(), top);
      }
    }
    return new Relations(related, coMentioned(articles, true), coMentioned(articles, false));
  }

  /** Undated stories count as far from every dated one. */
  private static long epochDay(Article a) {
    return a.date() == null ? Long.MIN_VALUE / 4 : LocalDate.parse(a.date()).toEpochDay();
  }

  private static Map<String, List<String>> coMentioned(List<Article> articles, boolean people) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Article a : articles) {
      List<String> keys =
          people
              ? a.people().stream().map(Article.PersonRef::slug).toList()
              : a.countries().stream().filter(Article.CountryRef::named).map(Article.CountryRef::code).toList();
      for (String key : keys) {
        for (String other : keys) {
          if (!other.equals(key)) {
            counts.computeIfAbsent(key, k -> new HashMap<>()).merge(other, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, List<String>> out = new TreeMap<>();
    counts.forEach(
        (key, c) -> out.put(key, ArchiveBuilder.byCountDescending(c).stream().limit(CO_MENTIONED).toList()));
    return out;
  }
}
