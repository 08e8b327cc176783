package org.dateline.render.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Country;
import org.dateline.model.Person;
import org.dateline.model.Quote;
import org.dateline.render.OutputSink;

/**
 * The archive as JSON for scripts: {@code data/articles.json}, {@code data/people.json} and
 * {@code data/countries.json}. Articles carry the fields of the {@code extract} command plus their
 * links; URLs are relative to the site root.
 */
public final class DataFiles {
  private final Json json = new Json();

  /**
   * One data file: its path, the records it is made of (all it depends on) and what writes it, as
   * a JSON array streamed item by item (each file is large in a large archive).
   */
  public record DataFile(String path, List<?> records, OutputSink.Body body) {}

  /** The three files. */
  public List<DataFile> files(Archive archive) {
    return List.of(
        file("data/articles.json", archive.articles(), DataFiles::article),
        file("data/people.json", archive.people(), DataFiles::person),
        file("data/countries.json", archive.countries(), DataFiles::country));
  }

  private <T> DataFile file(String path, List<T> records, Function<T, Map<String, Object>> map) {
    Iterable<Map<String, Object>> maps = () -> records.stream().map(map).iterator();
    return new DataFile(path, records, stream -> json.writeIndentedArray(stream, maps));
  }

  private static Map<String, Object> article(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("slug", a.slug());
    m.put("url", a.url());
    m.put("file", a.file());
    m.put("source", a.file());
    m.put("original_source", a.originalSource());
    m.put("date", a.date());
    m.put("title", a.title());
    m.put("authors", a.authors());
    Map<String, Object> dateline = new LinkedHashMap<>();
    dateline.put("places", a.dateline().places());
    dateline.put("date", a.dateline().date());
    m.put("dateline", dateline);
    List<Map<String, Object>> people = new ArrayList<>();
    for (Article.PersonRef p : a.people()) {
      people.add(Map.of(
          "name", p.name(), "slug", p.slug(), "url", p.url(), "roles", p.roles(), "aliases", p.aliases()));
    }
    m.put("people", people);
    List<Map<String, Object>> countries = new ArrayList<>();
    List<Map<String, Object>> implied = new ArrayList<>();
    for (Article.CountryRef c : a.countries()) {
      (c.named() ? countries : implied).add(Map.of("code", c.code(), "name", c.name(), "url", c.url()));
    }
    m.put("countries", countries);
    m.put("implied_countries", implied);
    m.put("sections", a.sections().stream().map(Article.Section::title).toList());
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Quote q : a.quotes()) {
      quotes.add(Map.of("speaker", q.speaker(), "text", q.text()));
    }
    m.put("quotes", quotes);
    return m;
  }

  private static Map<String, Object> person(Person p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("slug", p.slug());
    m.put("url", p.url());
    m.put("aliases", p.aliases());
    List<Map<String, Object>> roles = new ArrayList<>();
    for (Person.RoleSeen r : p.roles()) {
      roles.add(Map.of("role", r.role(), "article", r.article()));
    }
    m.put("roles", roles);
    m.put("countries", p.countries());
    m.put("articles", p.articles());
    m.put("mentions", p.mentions());
    return m;
  }

  private static Map<String, Object> country(Country c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", c.code());
    m.put("name", c.name());
    m.put("region", c.info().region());
    m.put("url", c.url());
    m.put("articles", c.articles());
    m.put("people", c.people());
    m.put("mentions", c.mentions());
    return m;
  }
}
