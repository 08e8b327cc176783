package org.dateline.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.digest.Murmur3;
import org.dateline.model.Article;
import org.dateline.model.Relations;
import org.dateline.parallel.Parallel;

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
   * archive, so there are some sixteen blocks per core (for {@link Parallel} to even out), not
   * thousands.
   */
  private static final int MIN_BLOCK = 256;

  private RelationsBuilder() {}

  /**
   * All that relations are made of, per article in archive order: its id, date, people (by slug)
   * and the countries it names (by code). {@link #build} reads nothing else, so relations made from
   * an input with the same {@link #key} are the same.
   */
  record Input(List<String> ids, List<String> dates, List<List<String>> people, List<List<String>> countries) {
    /** @param articles newest first, as in the archive */
    static Input of(List<Article> articles) {
      List<String> ids = new ArrayList<>(articles.size());
      List<String> dates = new ArrayList<>(articles.size());
      List<List<String>> people = new ArrayList<>(articles.size());
      List<List<String>> countries = new ArrayList<>(articles.size());
      for (Article a : articles) {
        ids.add(a.id());
        dates.add(a.date());
        people.add(personKeys(a));
        countries.add(countryKeys(a));
      }
      return new Input(ids, dates, people, countries);
    }

    /** A digest of the whole input. */
    String key() {
      Murmur3 hash = new Murmur3();
      for (int i = 0; i < ids.size(); i++) {
        part(hash, ids.get(i));
        part(hash, dates.get(i) == null ? "-" : "+" + dates.get(i));
        parts(hash, people.get(i));
        parts(hash, countries.get(i));
      }
      return hash.hex();
    }

    private static void parts(Murmur3 hash, List<String> values) {
      part(hash, Integer.toString(values.size()));
      values.forEach(value -> part(hash, value));
    }

    /** The value's UTF-16 code units, so that no two strings hash alike, whatever they hold. */
    private static void part(Murmur3 hash, String value) {
      byte[] bytes = new byte[2 * value.length()];
      for (int i = 0; i < value.length(); i++) {
        bytes[2 * i] = (byte) (value.charAt(i) >>> 8);
        bytes[2 * i + 1] = (byte) value.charAt(i);
      }
      hash.updatePart(bytes);
    }
  }

  static Relations build(Input input) {
    List<String> articleIds = input.ids();
    int n = articleIds.size();
    Map<String, Integer> personIds = new HashMap<>();
    Map<String, Integer> countryIds = new HashMap<>();
    int[][] people = new int[n][];
    int[][] countries = new int[n][];
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      days[i] = epochDay(input.dates().get(i));
      people[i] = ids(input.people().get(i), personIds);
      countries[i] = ids(input.countries().get(i), countryIds);
    }
    int[][] byPerson = postings(people, personIds.size());
    int[][] byCountry = postings(countries, countryIds.size());
    List<List<String>> relatedOf = new ArrayList<>(Collections.nCopies(n, null));
    // blocks of stories on all cores, each with its own scratch arrays; the result is the same
    int size = Math.max(MIN_BLOCK, n / (16 * Runtime.getRuntime().availableProcessors()) + 1);
    Parallel.forEach((n + size - 1) / size, block -> {
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
          found = insert(best, found, other, i, score, days, articleIds);
        }
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < found; k++) {
          ids.add(articleIds.get(best[k]));
        }
        relatedOf.set(i, ids);
      }
    });
    Map<String, List<String>> related = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (!relatedOf.get(i).isEmpty()) {
        related.put(articleIds.get(i), relatedOf.get(i));
      }
    }
    return new Relations(related, coMentioned(input.people()), coMentioned(input.countries()));
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
      int[] best, int found, int candidate, int self, int[] scores, long[] days, List<String> ids) {
    int at = found;
    while (at > 0 && better(candidate, best[at - 1], self, scores, days, ids)) {
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

  private static boolean better(int a, int b, int self, int[] scores, long[] days, List<String> ids) {
    if (scores[a] != scores[b]) {
      return scores[a] > scores[b];
    }
    long da = Math.abs(days[a] - days[self]);
    long db = Math.abs(days[b] - days[self]);
    if (da != db) {
      return da < db;
    }
    return ids.get(a).compareTo(ids.get(b)) < 0;
  }

  /** Undated stories count as far from every dated one. */
  private static long epochDay(String date) {
    return date == null ? Long.MIN_VALUE / 4 : LocalDate.parse(date).toEpochDay();
  }

  /** For each key, the keys most often in the same article's list with it. */
  private static Map<String, List<String>> coMentioned(List<List<String>> keysOfArticles) {
    Map<String, Tally> counts = new HashMap<>();
    for (List<String> keys : keysOfArticles) {
      for (String key : keys) {
        for (String other : keys) {
          if (!other.equals(key)) {
            counts.computeIfAbsent(key, k -> new Tally()).add(other);
          }
        }
      }
    }
    Map<String, List<String>> out = new TreeMap<>();
    counts.forEach(
        (key, c) -> out.put(key, c.byCountDescending().stream().limit(CO_MENTIONED).toList()));
    return out;
  }
}
