package org.dateline.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Country;
import org.dateline.model.Person;
import org.dateline.model.SiteConfig;
import org.dateline.render.json.DataFiles;
import org.dateline.render.pebble.Templates;

/**
 * Renders the archive into the site's files: every page through the Pebble templates, and the
 * JSON data files. Pure apart from reading templates.
 *
 * <pre>{@code
 * List<OutputFile> files = new SiteRenderer(new Templates(dir), config).render(archive);
 * }</pre>
 */
public final class SiteRenderer {
  private final Templates templates;
  private final SiteConfig config;

  public SiteRenderer(Templates templates, SiteConfig config) {
    this.templates = templates;
    this.config = config;
  }

  public List<OutputFile> render(Archive archive) {
    List<OutputFile> out = new ArrayList<>();
    Links links = new Links(archive);
    renderHome(archive, out);
    for (Article article : archive.articles()) {
      Map<String, Object> context = context("article", article.title(), "../");
      context.put("article", article);
      out.add(page(article.url(), "article", context));
    }
    Map<String, Object> peopleIndex = context("people", "People", "../");
    peopleIndex.put("letters", PeopleIndexView.letters(archive.people()));
    out.add(page("people/index.html", "people", peopleIndex));
    for (Person person : archive.people()) {
      Map<String, Object> context = context("person", person.name(), "../");
      context.put("person", person);
      context.put("articles", links.articles(person.articles()));
      context.put("countries", links.countries(person.countries()));
      context.put("related", links.people(links.coMentioned(person)));
      out.add(page(person.url(), "person", context));
    }
    Map<String, Object> countriesIndex = context("countries", "Countries", "../");
    countriesIndex.put("countries", archive.countries());
    out.add(page("countries/index.html", "countries", countriesIndex));
    for (Country country : archive.countries()) {
      Map<String, Object> context = context("country", country.name(), "../");
      context.put("country", country);
      context.put("articles", links.articles(country.articles()));
      context.put("people", links.people(country.people()));
      out.add(page(country.url(), "country", context));
    }
    out.add(page("404.html", "404", context("404", "Page not found", "")));
    out.addAll(new DataFiles().render(archive));
    return out;
  }

  private void renderHome(Archive archive, List<OutputFile> out) {
    List<List<Article>> pages = Pagination.split(archive.articles(), config.pageSize());
    for (int i = 0; i < pages.size(); i++) {
      Pagination pagination = new Pagination(i + 1, pages.size(), "index.html", "page/");
      String root = i == 0 ? "" : "../";
      Map<String, Object> context = context("home", config.title(), root);
      context.put("articles", pages.get(i));
      context.put("pagination", pagination);
      context.put("counts", Map.of(
          "articles", archive.articles().size(),
          "people", archive.people().size(),
          "countries", archive.countries().size()));
      out.add(page(pagination.url(i + 1), "index", context));
    }
  }

  private Map<String, Object> context(String kind, String title, String root) {
    Map<String, Object> context = new HashMap<>();
    context.put("site", config);
    context.put("kind", kind);
    context.put("title", title);
    context.put("root", root);
    return context;
  }

  private OutputFile page(String path, String template, Map<String, Object> context) {
    return OutputFile.text(path, templates.render(template, context));
  }
}
