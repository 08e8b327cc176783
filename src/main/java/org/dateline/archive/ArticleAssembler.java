package org.dateline.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dateline.model.Article;
import org.dateline.model.ArticleSummary;
import org.dateline.model.CountryMention;
import org.dateline.model.Html;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;
import org.dateline.model.Story;
import org.dateline.model.Utf8Text;

/** Builds one {@link Article} from its story: links, section anchors, body HTML, excerpt. */
final class ArticleAssembler {
  private static final Utf8Text LINE_BREAK = Utf8Text.of("\n");
  /** Up to this many quotes of a story are told apart without hashing them. */
  private static final int FEW_QUOTES = 16;

  private final Story story;
  private final String slug;
  private final ArchiveBuilder.PeopleIndex people;
  private final BiFunction<String, Boolean, Article.CountryRef> countries;
  private final Function<String, String> countryOfPlace;

  ArticleAssembler(
      Story story,
      String slug,
      ArchiveBuilder.PeopleIndex people,
      BiFunction<String, Boolean, Article.CountryRef> countries,
      Function<String, String> countryOfPlace) {
    this.story = story;
    this.slug = slug;
    this.people = people;
    this.countries = countries;
    this.countryOfPlace = countryOfPlace;
  }

  /**
   * The dateline's places with their countries. A place's country page exists when the story
   * mentions that country (named, or implied, as a dateline city implies it).
   */
  private List<Article.Place> places(List<String> names) {
    List<Article.Place> out = new ArrayList<>();
    for (String name : names) {
      String code = countryOfPlace.apply(name);
      boolean mentioned =
          code != null && story.metadata().countries().stream().anyMatch(c -> c.code().equals(code));
      out.add(new Article.Place(name, mentioned ? code : null, mentioned ? ArchiveBuilder.countryUrl(code) : null));
    }
    return out;
  }

  /** An article's sections and body, made of its story's body alone. */
  record Body(List<Article.Section> sections, Utf8Text html) {}

  /** The sections and body of {@code story}'s article: headings with their anchors, and the HTML. */
  static Body body(Story story) {
    List<Article.Section> sections = new ArrayList<>();
    // the body shares the bytes of the story's parts: every story's body is held once, not twice
    List<Utf8Text> body = new ArrayList<>(2 * story.body().size());
    Slugger anchors = new Slugger("section", Set.of());
    for (Story.BodyPart part : story.body()) {
      if (part.heading()) {
        String anchor = anchors.unique(part.text());
        sections.add(new Article.Section(part.text(), anchor));
        body.add(Utf8Text.of("<h2 id=\"" + anchor + "\">" + Html.escape(part.text()) + "</h2>\n"));
      } else if (!part.html().isEmpty()) {
        body.add(part.html());
        body.add(LINE_BREAK);
      }
    }
    return new Body(sections, Utf8Text.concat(body));
  }

  Article assemble() {
    Body body = body(story);
    var metadata = story.metadata();
    ArticleSummary summary =
        new ArticleSummary(
            slug,
            slug,
            "articles/" + slug + ".html",
            story.file(),
            story.date(),
            metadata.title(),
            metadata.dateline(),
            places(metadata.dateline().places()),
            story.authors(),
            story.originalSource(),
            story.figures(),
            body.sections(),
            story.excerpt(),
            personRefs(metadata.people()),
            countryRefs(metadata.countries()),
            quotes(metadata.quotes()));
    return new Article(summary, body.html());
  }

  private List<Article.PersonRef> personRefs(List<PersonMention> mentions) {
    Map<String, List<PersonMention>> bySlug = new LinkedHashMap<>();
    for (PersonMention p : mentions) {
      String personSlug = people.slug(p.name());
      if (personSlug != null) {
        bySlug.computeIfAbsent(personSlug, k -> new ArrayList<>()).add(p);
      }
    }
    List<Article.PersonRef> refs = new ArrayList<>();
    bySlug.forEach(
        (personSlug, same) -> {
          Set<String> roles = new LinkedHashSet<>();
          Set<String> aliases = new LinkedHashSet<>();
          for (PersonMention p : same) {
            roles.addAll(p.roles());
            aliases.add(p.name());
            aliases.addAll(p.aliases());
          }
          String name = people.name(same.get(0).name());
          aliases.remove(name);
          refs.add(
              new Article.PersonRef(
                  name,
                  personSlug,
                  ArchiveBuilder.PeopleIndex.url(personSlug),
                  List.copyOf(roles),
                  List.copyOf(aliases)));
        });
    return refs;
  }

  private List<Article.CountryRef> countryRefs(List<CountryMention> mentions) {
    Map<String, Boolean> named = new LinkedHashMap<>();
    for (CountryMention c : mentions) {
      named.merge(c.code(), c.named(), Boolean::logicalOr);
    }
    List<Article.CountryRef> refs = new ArrayList<>(named.size());
    named.forEach((code, isNamed) -> refs.add(countries.apply(code, isNamed)));
    return refs;
  }

  private List<Quote> quotes(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>();
    // a few quotes, as most stories have, are compared one with another: hashing a quote reads
    // all of its text, while two quotes nearly always differ in length
    Set<Quote> seen = quotes.size() > FEW_QUOTES ? new HashSet<>() : null;
    for (Quote q : quotes) {
      String speaker = people.name(q.speaker());
      String text = withoutTrailingPunctuation(q.text().strip());
      Quote resolved = new Quote(speaker == null ? q.speaker() : speaker, text);
      if (seen != null ? seen.add(resolved) : !out.contains(resolved)) {
        out.add(resolved);
      }
    }
    return out;
  }

  /** The text without the commas, semicolons, colons and white space it ends with. */
  private static String withoutTrailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && ",;: \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }
}
