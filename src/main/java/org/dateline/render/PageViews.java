package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.model.ArticleSummary;
import org.dateline.model.Country;
import org.dateline.model.Person;
import org.dateline.model.Quote;

/** Small view records the templates list, built from the archive. */
final class PageViews {
  /** A role a person was given, how many stories give it, and the latest of them. */
  record RoleView(String role, ArticleSummary article, int count) {}

  /** A quote of a person, with the story it comes from. */
  record QuoteView(String text, ArticleSummary article) {}

  /** A world region and its countries. */
  record RegionView(String region, List<Country> countries, int stories) {}

  /** An outlet that first published stories of the archive, and those stories. */
  record SourceView(String name, String anchor, List<ArticleSummary> articles) {}

  static final int MAX_ROLES = 12;
  static final int MAX_QUOTES = 12;
  static final int MAX_LISTED = 30;
  static final int MAX_ALIASES = 8;

  private PageViews() {}

  /**
   * Each distinct role of a person once, most often given first, with the latest story that gives
   * it ({@code person.roles()} lists the newest stories first).
   */
  static List<RoleView> roles(Person person, Map<String, ArticleSummary> articles) {
    Map<String, RoleView> byRole = new java.util.LinkedHashMap<>();
    for (Person.RoleSeen r : person.roles()) {
      ArticleSummary a = articles.get(r.article());
      if (a != null) {
        byRole.merge(
            r.role().toLowerCase(java.util.Locale.ROOT),
            new RoleView(r.role(), a, 1),
            (old, added) -> new RoleView(old.role(), old.article(), old.count() + 1));
      }
    }
    return byRole.values().stream()
        .sorted(java.util.Comparator.comparingInt((RoleView v) -> -v.count()))
        .limit(MAX_ROLES)
        .toList();
  }

  /** The person's latest quotes, newest story first, at most {@value #MAX_QUOTES}. */
  static List<QuoteView> quotes(Person person, List<ArticleSummary> stories) {
    List<QuoteView> out = new ArrayList<>();
    for (ArticleSummary a : stories) {
      for (Quote q : a.quotes()) {
        if (q.speaker().equals(person.name())) {
          out.add(new QuoteView(q.text(), a));
          if (out.size() == MAX_QUOTES) {
            return out;
          }
        }
      }
    }
    return out;
  }

  static List<RegionView> regions(List<Country> countries) {
    Map<String, List<Country>> byRegion = new TreeMap<>();
    for (Country c : countries) {
      byRegion.computeIfAbsent(c.info().region(), k -> new ArrayList<>()).add(c);
    }
    List<RegionView> out = new ArrayList<>();
    byRegion.forEach(
        (region, list) ->
            out.add(new RegionView(region, list, list.stream().mapToInt(Country::mentions).sum())));
    return out;
  }

  static List<SourceView> sources(List<ArticleSummary> articles) {
    Map<String, List<ArticleSummary>> bySource = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (ArticleSummary a : articles) {
      if (a.originalSource() != null) {
        bySource.computeIfAbsent(a.originalSource(), k -> new ArrayList<>()).add(a);
      }
    }
    List<SourceView> out = new ArrayList<>();
    bySource.forEach(
        (name, list) ->
            out.add(new SourceView(name, "source-" + (out.size() + 1), list)));
    return out;
  }
}
