package org.dateline.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.ArticleSummary;
import org.dateline.model.Country;
import org.dateline.model.Person;

/**
 * Looks up the archive's articles (as the summaries that pages list), people and countries by key
 * for the pages that list them.
 */
final class Links {
  private final List<ArticleSummary> summaries;
  private final Map<String, ArticleSummary> articles;
  private final Map<String, Person> people;
  private final Map<String, Country> countries;

  Links(Archive archive) {
    this.summaries = archive.articles().stream().map(Article::summary).toList();
    this.articles = new HashMap<>(2 * summaries.size());
    summaries.forEach(summary -> articles.put(summary.id(), summary));
    this.people = archive.peopleBySlug();
    this.countries = archive.countriesByCode();
  }

  /** Every article's summary, in the archive's order (newest first). */
  List<ArticleSummary> all() {
    return summaries;
  }

  List<ArticleSummary> articles(List<String> ids) {
    return found(ids, articles);
  }

  List<Person> people(List<String> slugs) {
    return found(slugs, people);
  }

  List<Country> countries(List<String> codes) {
    return found(codes, countries);
  }

  /** What {@code byKey} holds for each of {@code keys}, in their order, leaving out those it does not. */
  private static <T> List<T> found(List<String> keys, Map<String, T> byKey) {
    List<T> found = new ArrayList<>(keys.size());
    for (String key : keys) {
      T value = byKey.get(key);
      if (value != null) {
        found.add(value);
      }
    }
    return Collections.unmodifiableList(found);
  }
}
