package org.dateline.render.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Person;
import org.dateline.model.SiteConfig;

/**
 * schema.org metadata as JSON-LD, safe to place inside {@code <script type="application/ld+json">}:
 * {@code <}, {@code >} and {@code &} are written as Unicode escapes, so no story text can close
 * the script element.
 */
public final class JsonLd {
  private final Json json = new Json();
  private final SiteConfig config;

  public JsonLd(SiteConfig config) {
    this.config = config;
  }

  /** A {@code NewsArticle} with its dateline, authors, publisher and the people and countries it mentions. */
  public String article(Article article) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", "https://schema.org");
    m.put("@type", "NewsArticle");
    m.put("headline", article.title());
    if (article.date() != null) {
      m.put("datePublished", article.date());
    }
    if (!article.dateline().places().isEmpty()) {
      m.put("dateline", String.join("/", article.dateline().places()));
    }
    List<Map<String, Object>> authors = new ArrayList<>();
    for (String author : article.authors()) {
      authors.add(typed("Person", author));
    }
    if (!authors.isEmpty()) {
      m.put("author", authors);
    }
    m.put("publisher", typed("Organization", article.originalSource() != null ? article.originalSource() : config.title()));
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (Article.PersonRef p : article.people()) {
      mentions.add(typed("Person", p.name()));
    }
    for (Article.CountryRef c : article.countries()) {
      Map<String, Object> country = typed("Country", c.name());
      country.put("identifier", c.code());
      mentions.add(country);
    }
    m.put("mentions", mentions);
    if (!article.excerpt().isEmpty()) {
      m.put("description", article.excerpt());
    }
    if (config.baseUrl() != null) {
      m.put("url", config.baseUrl() + article.url());
    }
    return safe(json.write(m, false));
  }

  /** A {@code Person} with the roles the archive has seen. */
  public String person(Person person) {
    Map<String, Object> m = typed("Person", person.name());
    m.put("@context", "https://schema.org");
    if (!person.aliases().isEmpty()) {
      m.put("alternateName", person.aliases());
    }
    List<String> roles = person.roles().stream().map(Person.RoleSeen::role).distinct().toList();
    if (!roles.isEmpty()) {
      m.put("jobTitle", roles);
    }
    if (config.baseUrl() != null) {
      m.put("url", config.baseUrl() + person.url());
    }
    return safe(json.write(m, false));
  }

  private static Map<String, Object> typed(String type, String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@type", type);
    m.put("name", name);
    return m;
  }

  static String safe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
