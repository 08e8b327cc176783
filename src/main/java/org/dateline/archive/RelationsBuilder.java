package org.dateline.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.dateline.model.Article;
import org.dateline.model.Relations;

/**
 * Finds related stories (ranked by shared people, then shared countries, then closeness in date)
 * and co-mentioned people and countries.
 *
 * <p>A story is compared only with stories it shares someone or something with, and of those only
 * with the {@value #NEIGHBOURS} nearest in time on either side in each person's and each country's
 * list of stories. The work per story is therefore bounded however large the archive grows and
 * however often a president or a country comes up; the candidates found are then ranked on
 * everything they share.
 */
final class RelationsBuilder {
  static final int RELATED_ARTICLES = 5;
  static final int CO_MENTIONED = 10;
  static final int NEIGHBOURS = 24;
  private static final int PERSON_WEIGHT = 3;
  private static final int COUNTRY_WEIGHT = 1;
  /**
   * Stories ranked together on one core, at least: each block has scratch arrays the size of the
   * archive, so there are a few blocks per core, not thousands.
   */
  private static final int MIN_BLOCK = 256;

  private RelationsBuilder() {}

  /** @param articles newest first, as in the archive */
  static Relations build(List<Article> articles) {
    int n = articles.size();
    Map<String, Integer> personIds = new HashMap<>();
    Map<String, Integer> countryIds = new HashMap<>();
    int[][] people = new int[n][];
    int[][] countries = new int[n][];
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      days[i] = epochDay(a);
      people[i] = ids(personKeys(a), personIds);
      countries[i] = ids(countryKeys(a), countryIds);
    }
    int[][] byPerson = postings(people, personIds.size());
    int[][] byCountry = postings(countries, countryIds.size());
    List<List<String>> relatedOf = new ArrayList<>(Collections.nCopies(n, null));
    // blocks of stories on all cores, each with its own scratch arrays; the result is the same
    int size = Math.max(MIN_BLOCK, n / (4 * Runtime.getRuntime().availableProcessors()) + 1);
    IntStream.range(0, (n + size - 1) / size).parallel().forEach(block -> {
      int[] score = new int[n];
      int[] seenBy = new int[n];
      Arrays.fill(seenBy, -1);
      Candidates candidates = new Candidates();
      for (int i = block * size; i < Math.min(n, (block + 1) * size); i++) {
        candidates.size = 0;
        for (int person : people[i]) {
          neighbours(byPerson[person], i, seenBy, candidates);
        }
        for (int country : countries[i]) {
          neighbours(byCountry[country], i, seenBy, candidates);
        }
        int[] best = new int[RELATED_ARTICLES];
        int found = 0;
        for (int c = 0; c < candidates.size; c++) {
          int other = candidates.items[c];
          score[other] =
              PERSON_WEIGHT * shared(people[i], people[other])
                  + COUNTRY_WEIGHT * shared(countries[i], countries[other]);
          found = insert(best, found, other, i, score, days, articles);
        }
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < found; k++) {
          ids.add(articles.get(best[k]).id());
        }
        relatedOf.set(i, ids);
      }
    });
    Map<String, List<String>> related = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (!relatedOf.get(i).isEmpty()) {
        related.put(articles.get(i).id(), relatedOf.get(i));
      }
    }
    return new Relations(related, coMentioned(articles, true), coMentioned(articles, false));
  }

  /** The people of an article, by slug. */
  private static List<String> personKeys(Article a) {
    List<String> keys = new ArrayList<>(a.people().size());
    for (Article.PersonRef p : a.people()) {
      keys.add(p.slug());
    }
    return keys;
  }

  /** The countries an article names, by code. */
  private static List<String> countryKeys(Article a) {
    List<String> keys = new ArrayList<>(a.countries().size());
    for (Article.CountryRef c : a.countries()) {
      if (c.named()) {
        keys.add(c.code());
      }
    }
    return keys;
  }

  /** Each distinct key's number, sorted, numbering new keys as they come. */
  private static int[] ids(List<String> keys, Map<String, Integer> numbering) {
    int[] ids = new int[keys.size()];
    for (int i = 0; i < ids.length; i++) {
      Integer id = numbering.get(keys.get(i));
      if (id == null) {
        id = numbering.size();
        numbering.put(keys.get(i), id);
      }
      ids[i] = id;
    }
    Arrays.sort(ids);
    int distinct = 0;
    for (int i = 0; i < ids.length; i++) {
      if (distinct == 0 || ids[i] != ids[distinct - 1]) {
        ids[distinct++] = ids[i];
      }
    }
    return distinct == ids.length ? ids : Arrays.copyOf(ids, distinct);
  }

  /** For each key number, the articles that have it, in archive order. */
  private static int[][] postings(int[][] keysOfArticle, int keys) {
    int[] counts = new int[keys];
    for (int[] ks : keysOfArticle) {
      for (int k : ks) {
        counts[k]++;
      }
    }
    int[][] out = new int[keys][];
    for (int k = 0; k < keys; k++) {
      out[k] = new int[counts[k]];
      counts[k] = 0;
    }
    for (int article = 0; article < keysOfArticle.length; article++) {
      for (int k : keysOfArticle[article]) {
        out[k][counts[k]++] = article;
      }
    }
    return out;
  }

  /** The articles found so far for one article: a list of ints, without boxing them. */
  private static final class Candidates {
    int[] items = new int[64];
    int size;

    void add(int article) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * size);
      }
      items[size++] = article;
    }
  }

  /** Adds the articles of {@code list} nearest to {@code self} (in archive order) not yet seen. */
  private static void neighbours(int[] list, int self, int[] seenBy, Candidates candidates) {
    int at = Arrays.binarySearch(list, self);
    int from = Math.max(0, at - NEIGHBOURS);
    int to = Math.min(list.length, at + NEIGHBOURS + 1);
    for (int k = from; k < to; k++) {
      int other = list[k];
      if (other != self && seenBy[other] != self) {
        seenBy[other] = self;
        candidates.add(other);
      }
    }
  }

  /** How many numbers two sorted arrays share. */
  private static int shared(int[] a, int[] b) {
    int count = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        count++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return count;
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
      List<String> keys = people ? personKeys(a) : countryKeys(a);
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
