package org.dateline.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Country;
import org.dateline.model.Dateline;
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

  /**
   * What {@code data/articles.json} shows of an article, and all its writer sees: not the body, so
   * that the file's records, and so its key, stay the same when only a story's text is edited.
   */
  private record ArticleData(
      List<String> authors,
      List<Article.CountryRef> countries,
      String date,
      Dateline dateline,
      String file,
      String id,
      String originalSource,
      List<Article.PersonRef> people,
      List<Quote> quotes,
      List<Article.Section> sections,
      String slug,
      String title,
      String url) {
    static ArticleData of(Article a) {
      return new ArticleData(
          a.authors(), a.countries(), a.date(), a.dateline(), a.file(), a.id(), a.originalSource(),
          a.people(), a.quotes(), a.sections(), a.slug(), a.title(), a.url());
    }
  }

  /** The three files. */
  public List<DataFile> files(Archive archive) {
    return List.of(
        file("data/articles.json", archive.articles().stream().map(ArticleData::of).toList(), DataFiles::article),
        file("data/people.json", archive.people(), DataFiles::person),
        file("data/countries.json", archive.countries(), DataFiles::country));
  }

  private <T> DataFile file(String path, List<T> records, Json.ItemWriter<T> writer) {
    return new DataFile(path, records, stream -> json.writeIndentedArray(stream, records, writer));
  }

  // Each writer below gives an object's keys in sorted order, as the mapper sorts a map's keys.

  private static void article(JsonGenerator g, ArticleData a) throws IOException {
    g.writeStartObject();
    strings(g, "authors", a.authors());
    g.writeArrayFieldStart("countries");
    for (Article.CountryRef c : a.countries()) {
      if (c.named()) {
        country(g, c);
      }
    }
    g.writeEndArray();
    g.writeStringField("date", a.date());
    g.writeObjectFieldStart("dateline");
    g.writeStringField("date", a.dateline().date());
    strings(g, "places", a.dateline().places());
    g.writeEndObject();
    g.writeStringField("file", a.file());
    g.writeStringField("id", a.id());
    g.writeArrayFieldStart("implied_countries");
    for (Article.CountryRef c : a.countries()) {
      if (!c.named()) {
        country(g, c);
      }
    }
    g.writeEndArray();
    g.writeStringField("original_source", a.originalSource());
    g.writeArrayFieldStart("people");
    for (Article.PersonRef p : a.people()) {
      g.writeStartObject();
      strings(g, "aliases", p.aliases());
      g.writeStringField("name", p.name());
      strings(g, "roles", p.roles());
      g.writeStringField("slug", p.slug());
      g.writeStringField("url", p.url());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      g.writeStartObject();
      g.writeStringField("speaker", q.speaker());
      g.writeStringField("text", q.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sections");
    for (Article.Section section : a.sections()) {
      g.writeString(section.title());
    }
    g.writeEndArray();
    g.writeStringField("slug", a.slug());
    g.writeStringField("source", a.file());
    g.writeStringField("title", a.title());
    g.writeStringField("url", a.url());
    g.writeEndObject();
  }

  private static void country(JsonGenerator g, Article.CountryRef c) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", c.code());
    g.writeStringField("name", c.name());
    g.writeStringField("url", c.url());
    g.writeEndObject();
  }

  private static void person(JsonGenerator g, Person p) throws IOException {
    g.writeStartObject();
    strings(g, "aliases", p.aliases());
    strings(g, "articles", p.articles());
    strings(g, "countries", p.countries());
    g.writeNumberField("mentions", p.mentions());
    g.writeStringField("name", p.name());
    g.writeArrayFieldStart("roles");
    for (Person.RoleSeen r : p.roles()) {
      g.writeStartObject();
      g.writeStringField("article", r.article());
      g.writeStringField("role", r.role());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("slug", p.slug());
    g.writeStringField("url", p.url());
    g.writeEndObject();
  }

  private static void country(JsonGenerator g, Country c) throws IOException {
    g.writeStartObject();
    strings(g, "articles", c.articles());
    g.writeStringField("code", c.code());
    g.writeNumberField("mentions", c.mentions());
    g.writeStringField("name", c.name());
    strings(g, "people", c.people());
    g.writeStringField("region", c.info().region());
    g.writeStringField("url", c.url());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
