package org.dateline.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.ArticleSummary;
import org.dateline.model.Country;
import org.dateline.model.Person;
import org.dateline.model.SiteConfig;
import org.dateline.parallel.Parallel;
import org.dateline.render.json.DataFiles;
import org.dateline.render.json.JsonLd;
import org.dateline.render.pebble.Templates;
import org.dateline.render.search.SearchCache;
import org.dateline.render.search.SearchIndex;

/**
 * Renders the archive into the site's files: every page through the Pebble templates, and the
 * JSON data files. Pure apart from reading templates.
 *
 * <pre>{@code
 * List<OutputFile> files = new SiteRenderer(new Templates(dir), config).render(archive);
 * }</pre>
 */
public final class SiteRenderer {
  private static final int FEED_ENTRIES = 50;

  private final Templates templates;
  private final SiteConfig config;
  private final JsonLd jsonLd;
  private final PageKeys keys;
  private final SearchCache searchCache;
  /** The start of every feed's id: the site's title in URN form. */
  private final String feedIdPrefix;

  public SiteRenderer(Templates templates, SiteConfig config) {
    this(templates, config, null, null);
  }

  private SiteRenderer(Templates templates, SiteConfig config, PageKeys keys, SearchCache searchCache) {
    this.templates = templates;
    this.config = config;
    this.jsonLd = new JsonLd(config);
    this.keys = keys;
    this.searchCache = searchCache;
    this.feedIdPrefix =
        "urn:dateline:" + config.title().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + ":";
  }

  /**
   * The same renderer, giving each page and feed a key of what it is made from ({@link
   * PageKeys}) so that a sink may keep those the last build made from the same inputs instead of
   * having them rendered again. {@code environment} must name everything else a page depends on:
   * the code and the templates folder.
   */
  public SiteRenderer withPageKeys(String environment) {
    return withPageKeys(environment, null);
  }

  /**
   * {@link #withPageKeys(String)}, taking the last build's key of each page made of none of the
   * stories whose bodies alone changed since ({@code edits}, or null: see {@link BodyEdits}).
   */
  public SiteRenderer withPageKeys(String environment, BodyEdits edits) {
    return new SiteRenderer(templates, config, new PageKeys(environment, edits), searchCache);
  }

  /**
   * The same renderer, taking the search terms of unchanged chunks of stories from {@code cache}
   * (with page keys only: a chunk is known by its key) and putting those of the others there.
   */
  public SiteRenderer withSearchCache(SearchCache cache) {
    return new SiteRenderer(templates, config, keys, cache);
  }

  /** Renders the whole site into a list, sorted by path (for tests and small sites). */
  public List<OutputFile> render(Archive archive) {
    List<OutputFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
    render(archive, files::add);
    List<OutputFile> sorted = new ArrayList<>(files);
    sorted.sort(java.util.Comparator.comparing(OutputFile::path));
    return sorted;
  }

  /**
   * Renders the whole site into {@code sink}, file by file, on all cores. The files and their
   * bytes do not depend on the order in which they are made.
   */
  public void render(Archive archive, OutputSink sink) {
    java.util.Queue<String> pages = new java.util.concurrent.ConcurrentLinkedQueue<>();
    OutputSink out =
        new OutputSink() {
          @Override
          public void add(OutputFile file) {
            pages.add(file.path());
            sink.add(file);
          }

          @Override
          public void add(String path, String key, Body body) {
            pages.add(path);
            sink.add(path, key, body);
          }

          @Override
          public boolean keep(String path, String key) {
            boolean kept = sink.keep(path, key);
            if (kept) {
              pages.add(path);
            }
            return kept;
          }
        };
    Links links = new Links(archive);
    List<Runnable> jobs =
        List.of(
            () -> searchIndex().render(archive.articles(), out),
            () -> renderArticles(archive, links, out),
            () -> renderPeople(archive, links, out),
            () -> renderData(archive, out),
            () -> renderCountries(archive, links, out),
            () -> new DateArchive(links.all()).render(this, out),
            () -> renderHome(archive, links, out),
            () -> renderSingles(links, out));
    // independent of each other, so they share the cores; the biggest ones come first
    Parallel.forEach(jobs, Runnable::run);
    out.add(SitemapWriter.robots(config));
    out.add(SitemapWriter.sitemap(config, List.copyOf(pages)));
  }

  private SearchIndex searchIndex() {
    if (keys == null) {
      return new SearchIndex();
    }
    return new SearchIndex(keys, searchCache);
  }

  /** The data files, each kept as it is if made from the same records as the last build's. */
  private void renderData(Archive archive, OutputSink out) {
    for (DataFiles.DataFile file : new DataFiles().files(archive)) {
      String key = keys == null ? null : keys.of(file.path(), file.path(), Map.of("records", file.records()));
      if (key == null || !out.keep(file.path(), key)) {
        out.add(file.path(), key, file.body());
      }
    }
  }

  private void renderSingles(Links links, OutputSink out) {
    Map<String, Object> sources = context("sources", "Sources", "", "sources.html");
    sources.put("sources", PageViews.sources(links.all()));
    page(out, "sources.html", "sources", sources);
    page(out, "search.html", "search", context("search", "Search", "", "search.html"));
    page(out, "404.html", "404", context("404", "Page not found", "", null));
  }

  private void renderArticles(Archive archive, Links links, OutputSink out) {
    List<Article> articles = archive.articles();
    Parallel.forEach(articles.size(), i -> {
      Article article = articles.get(i);
      // after body edits, the page of an article not edited is kept without making its context:
      // it holds no other article (its neighbours and related stories are summaries)
      if (keptAsLast(out, article.url(), keys == null ? null : keys.lastUnlessEdited(article.url(), article))) {
        return;
      }
      Map<String, Object> context = context("article", article.title(), "../", article.url());
      context.put("article", article);
      context.put("related", links.articles(archive.relations().relatedArticles(article.id())));
      context.put("newer", i > 0 ? articles.get(i - 1).summary() : null);
      context.put("older", i + 1 < articles.size() ? articles.get(i + 1).summary() : null);
      // made of the article and the site's settings, both in the context
      page(out, article.url(), "article", context, derived -> derived.put("jsonLd", jsonLd.article(article)));
    });
    feed(out, "feed.xml", config.title(), "index.html", links.all());
  }

  private void renderPeople(Archive archive, Links links, OutputSink out) {
    Map<String, Object> index = context("people", "People", "../", "people/index.html");
    index.put("letters", PeopleIndexView.letters(archive.people()));
    page(out, "people/index.html", "people", index);
    Parallel.forEach(archive.people(), person -> {
      List<ArticleSummary> stories = links.articles(person.articles());
      List<Country> countries = links.countries(person.countries().stream().limit(PageViews.MAX_LISTED).toList());
      List<Person> related = links.people(archive.relations().coMentionedPeople(person.slug()));
      Map<String, Object> views = new HashMap<>();
      paged(person.url(), stories, out, "person", person.name(), context -> {
        context.put("feed", feedUrl(person.url()));
        context.put("person", person);
        context.put("allStories", stories);
        context.put("aliases", person.aliases().stream().limit(PageViews.MAX_ALIASES).toList());
        context.put("countries", countries);
        context.put("related", related);
      }, derived -> {
        // made of the person and all their stories, both in the context; once for all its pages
        if (views.isEmpty()) {
          Map<String, ArticleSummary> byId = new HashMap<>();
          stories.forEach(a -> byId.put(a.id(), a));
          views.put("jsonLd", jsonLd.person(person));
          views.put("roles", PageViews.roles(person, byId));
          views.put("quotes", PageViews.quotes(person, stories));
          views.put("chart", MonthlyChart.svg(stories, person.name()));
        }
        derived.putAll(views);
      });
      feed(out, feedUrl(person.url()), person.name() + " · " + config.title(), person.url(), stories);
    });
  }

  private void renderCountries(Archive archive, Links links, OutputSink out) {
    Map<String, Object> index = context("countries", "Countries", "../", "countries/index.html");
    index.put("regions", PageViews.regions(archive.countries()));
    page(out, "countries/index.html", "countries", index);
    Parallel.forEach(archive.countries(), country -> {
      List<ArticleSummary> stories = links.articles(country.articles());
      List<Person> people = links.people(country.people().stream().limit(PageViews.MAX_LISTED).toList());
      List<Country> others = links.countries(archive.relations().coMentionedCountries(country.code()));
      Map<String, Object> views = new HashMap<>();
      paged(country.url(), stories, out, "country", country.name(), context -> {
        context.put("feed", feedUrl(country.url()));
        context.put("country", country);
        context.put("allStories", stories);
        context.put("people", people);
        context.put("others", others);
      }, derived -> {
        // made of the country and all its stories, both in the context; once for all its pages
        if (views.isEmpty()) {
          java.util.Set<String> datelined = new java.util.HashSet<>();
          for (ArticleSummary a : stories) {
            if (a.datelinePlaces().stream().anyMatch(p -> country.code().equals(p.code()))) {
              datelined.add(a.id());
            }
          }
          views.put("marked", datelined);
          views.put("chart", MonthlyChart.svg(stories, country.name()));
        }
        derived.putAll(views);
      });
      feed(out, feedUrl(country.url()), country.name() + " · " + config.title(), country.url(), stories);
    });
  }

  private void renderHome(Archive archive, Links links, OutputSink out) {
    List<List<ArticleSummary>> pages = Pagination.split(links.all(), config.pageSize());
    for (int i = 0; i < pages.size(); i++) {
      Pagination pagination = new Pagination(i + 1, pages.size(), "index.html", "page/");
      String root = i == 0 ? "" : "../";
      Map<String, Object> context = context("home", config.title(), root, pagination.url(i + 1));
      context.put("feed", "feed.xml");
      context.put("articles", pages.get(i));
      context.put("pagination", pagination);
      context.put("counts", Map.of(
          "articles", archive.articles().size(),
          "people", archive.people().size(),
          "countries", archive.countries().size()));
      page(out, pagination.url(i + 1), "index", context);
    }
  }

  /**
   * Renders a page of template {@code kind} whose story list is paginated: page 1 at {@code url},
   * page n at {@code url-without-.html/n.html}. Each page gets {@code articles} and {@code
   * pagination}, what {@code fill} puts in its context, and, when it is rendered, what {@code
   * derive} makes of that context (see {@link #page(OutputSink, String, String, Map, Consumer)}).
   * Its context holds no article, only summaries, people and countries: after body edits, each
   * page is kept by the last build's key without its context being made.
   */
  private void paged(
      String url,
      List<ArticleSummary> stories,
      OutputSink out,
      String kind,
      String title,
      Consumer<Map<String, Object>> fill,
      Consumer<Map<String, Object>> derive) {
    String prefix = url.substring(0, url.length() - ".html".length()) + "/";
    List<List<ArticleSummary>> pages = Pagination.split(stories, config.pageSize());
    for (int i = 0; i < pages.size(); i++) {
      Pagination pagination = new Pagination(i + 1, pages.size(), url, prefix);
      String pageUrl = pagination.url(i + 1);
      if (keptAsLast(out, pageUrl, lastKey(pageUrl))) {
        continue;
      }
      String root = i == 0 ? "../" : "../../";
      Map<String, Object> context = context(kind, title, root, pageUrl);
      context.put("articles", pages.get(i));
      context.put("pagination", pagination);
      context.put("first", i == 0);
      fill.accept(context);
      page(out, pageUrl, kind, context, derive);
    }
  }

  /**
   * The variables every page has: the site settings, the page kind and title, the relative path
   * back to the site root, its canonical URL (null without a base URL) and its feed (or null).
   */
  Map<String, Object> context(String kind, String title, String root, String url) {
    // in the order it is filled, which page keys follow rather than sort the names
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("site", config);
    context.put("kind", kind);
    context.put("title", title);
    context.put("root", root);
    context.put("canonical", config.baseUrl() == null || url == null ? null : config.baseUrl() + url);
    context.put("feed", null);
    context.put("marked", java.util.Set.of());
    return context;
  }

  /**
   * Renders {@code template} with {@code context} to {@code path}, unless {@code out} keeps the
   * page the last build made from the same inputs.
   */
  void page(OutputSink out, String path, String template, Map<String, Object> context) {
    page(out, path, template, context, derived -> {});
  }

  /**
   * {@link #page}, with values that {@code derive} adds to the context only when the page is
   * rendered: they must be made from the context's other values alone (which make the key).
   */
  private void page(
      OutputSink out, String path, String template, Map<String, Object> context, Consumer<Map<String, Object>> derive) {
    String key = keys == null ? null : keys.of(path, template, context);
    if (key != null && out.keep(path, key)) {
      return;
    }
    derive.accept(context);
    byte[] bytes = templates.render(template, context);
    out.add(new OutputFile(path, bytes, key));
  }

  /** The last build's key of the file at {@code path} after body edits only, else null. */
  private String lastKey(String path) {
    return keys == null ? null : keys.last(path);
  }

  /** Whether {@code out} keeps the file at {@code path} by the key {@code last} (null: it does not). */
  private static boolean keptAsLast(OutputSink out, String path, String last) {
    return last != null && out.keep(path, last);
  }

  private static String feedUrl(String pageUrl) {
    return pageUrl.substring(0, pageUrl.length() - ".html".length()) + ".xml";
  }

  /**
   * An Atom feed of the newest dated stories. Entry links are relative to the feed, or absolute
   * under the base URL when one is set; ids are stable URNs either way.
   */
  private void feed(OutputSink out, String path, String title, String alternate, List<ArticleSummary> stories) {
    if (keptAsLast(out, path, lastKey(path))) {
      return; // a feed lists summaries, no article: after body edits, it is the last build's
    }
    List<ArticleSummary> dated =
        stories.stream().filter(a -> a.date() != null).limit(FEED_ENTRIES).toList();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("site", config);
    context.put("title", title);
    context.put("id", feedIdPrefix + path);
    context.put("root", path.contains("/") ? "../" : "");
    context.put("base", config.baseUrl());
    context.put("self", path);
    context.put("alternate", alternate);
    context.put("updated", dated.isEmpty() ? "1970-01-01" : dated.get(0).date());
    context.put("entries", dated);
    page(out, path, "feed.xml", context);
  }
}
