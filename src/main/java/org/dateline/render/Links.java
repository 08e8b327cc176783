package org.dateline.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    return ids.stream().map(articles::get).filter(Objects::nonNull).toList();
  }

  List<Person> people(List<String> slugs) {
    return slugs.stream().map(people::get).filter(Objects::nonNull).toList();
  }

  List<Country> countries(List<String> codes) {
    return codes.stream().map(countries::get).filter(Objects::nonNull).toList();
  }
}
