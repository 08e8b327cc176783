package org.dateline.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Country;
import org.dateline.model.Person;

/** Looks up the archive's articles, people and countries by key for the pages that list them. */
final class Links {
  private final Map<String, Article> articles;
  private final Map<String, Person> people;
  private final Map<String, Country> countries;

  Links(Archive archive) {
    this.articles = archive.articlesById();
    this.people = archive.peopleBySlug();
    this.countries = archive.countriesByCode();
  }

  List<Article> articles(List<String> ids) {
    return ids.stream().map(articles::get).filter(Objects::nonNull).toList();
  }

  List<Person> people(List<String> slugs) {
    return slugs.stream().map(people::get).filter(Objects::nonNull).toList();
  }

  List<Country> countries(List<String> codes) {
    return codes.stream().map(countries::get).filter(Objects::nonNull).toList();
  }

}
