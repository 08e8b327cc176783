package org.dateline.archive;

import java.time.LocalDate;
import java.util.ArrayList;
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
    int n = articles.size();
    Map<String, List<Integer>> byPerson = new HashMap<>();
    Map<String, List<Integer>> byCountry = new HashMap<>();
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      days[i] = epochDay(a);
      for (Article.PersonRef p : a.people()) {
        byPerson.computeIfAbsent(p.slug(), k -> new ArrayList<>()).add(i);
      }
      for (Article.CountryRef c : a.countries()) {
        if (c.named()) {
          byCountry.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    int[] scores = new int[n];
    List<Integer> touched = new ArrayList<>();
    Map<String, List<String>> related = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      for (Article.PersonRef p : a.people()) {
        add(byPerson.get(p.slug()), PERSON_WEIGHT, scores, touched);
      }
      for (Article.CountryRef c : a.countries()) {
        if (c.named()) {
          add(byCountry.get(c.code()), COUNTRY_WEIGHT, scores, touched);
        }
      }
      int[] best = new int[RELATED_ARTICLES];
      int found = 0;
      for (int other : touched) {
        if (other != i) {
          found = insert(best, found, other, i, scores, days, articles);
        }
      }
      for (int other : touched) {
        scores[other] = 0;
      }
      touched.clear();
      if (found > 0) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < found; k++) {
          ids.add(articles.get(best[k]).id());
        }
        related.put(a.id(), ids);
      }
    }
    return new Relations(related, coMentioned(articles, true), coMentioned(articles, false));
  }

  private static void add(List<Integer> list, int weight, int[] scores, List<Integer> touched) {
    for (int other : list) {
      if (scores[other] == 0) {
        touched.add(other);
      }
      scores[other] += weight;
    }
  }

  /** Keeps {@code best[0..found)} the most related articles, best first; returns the new count. */
  private static int insert(
      int[] best, int found, int candidate, int self, int[] scores, long[] days, List<Article> articles) {
    int at = found;
    while (at > 0 && better(candidate, best[at - 1], self, scores, days, articles)) {
      at--;
    }
    if (at >= best.length) {
      return found;
    }
    int last = Math.min(found, best.length - 1);
    System.arraycopy(best, at, best, at + 1, last - at);
    best[at] = candidate;
    return Math.min(found + 1, best.length);
  }

  private static boolean better(int a, int b, int self, int[] scores, long[] days, List<Article> articles) {
    if (scores[a] != scores[b]) {
      return scores[a] > scores[b];
    }
    long da = Math.abs(days[a] - days[self]);
    long db = Math.abs(days[b] - days[self]);
    if (da != db) {
      return da < db;
    }
    return articles.get(a).id().compareTo(articles.get(b).id()) < 0;
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
