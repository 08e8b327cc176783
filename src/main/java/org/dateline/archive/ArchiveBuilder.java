package org.dateline.archive;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Country;
import org.dateline.model.CountryInfo;
import org.dateline.model.Person;
import org.dateline.model.PersonMention;
import org.dateline.model.Relations;
import org.dateline.model.Story;
import org.dateline.model.Utf8Text;
import org.dateline.parallel.Parallel;

/**
 * Turns the stories into the archive: slugs and URLs (decided here and nowhere else), one person
 * per real person across stories (a story that names only "Tokayev" joins the archive's only
 * "Kassym-Jomart Tokayev"), and the cross-links between articles, people and countries. Pure.
 *
 * <pre>{@code
 * Archive archive = new ArchiveBuilder(extractor.countries()).build(stories);
 * }</pre>
 */
public final class ArchiveBuilder {
  /**
   * The archive's order: newest first (undated last), then by slug, then by file. Written out
   * rather than chained: the sort compares pairs of 10,000 articles some 130,000 times.
   */
  private static final Comparator<Article> NEWEST_FIRST =
      (a, b) -> {
        int byDate = dateOf(b).compareTo(dateOf(a));
        if (byDate != 0) {
          return byDate;
        }
        int bySlug = a.slug().compareTo(b.slug());
        return bySlug != 0 ? bySlug : a.file().compareTo(b.file());
      };

  /** What separates the words of a file name. */

  private final Map<String, CountryInfo> countryInfo = new HashMap<>();
  /** Each known country's references, not named and named: the same two for every article. */
  private final Map<String, Article.CountryRef[]> countryRefs = new HashMap<>();
  private final Function<String, String> countryOfPlace;

  /** An archive builder that knows no place names (dateline places link nowhere). */
  public ArchiveBuilder(List<CountryInfo> countries) {
    this(countries, place -> null);
  }

  /**
   * @param countries every country, for names and regions
   * @param countryOfPlace the ISO code of the country a place name is in, or null
   */
  public ArchiveBuilder(List<CountryInfo> countries, Function<String, String> countryOfPlace) {
    for (CountryInfo c : countries) {
      countryInfo.put(c.code(), c);
      countryRefs.put(c.code(), new Article.CountryRef[] {newCountryRef(c, false), newCountryRef(c, true)});
    }
    this.countryOfPlace = countryOfPlace;
  }

  public Archive build(List<Story> stories) {
    return build(stories, RelationsCache.NONE);
  }

  /** The archive of {@code stories}, its relations taken from {@code relations} when it has them. */
  @SuppressWarnings("unchecked") // the parts made side by side, each of the type its case makes
  public Archive build(List<Story> stories, RelationsCache relations) {
    List<Story> ordered = new ArrayList<>(stories);
    ordered.sort(Comparator.comparing(Story::file));
    Slugger articleSlugs = new Slugger("story", Set.of("index"));
    PeopleIndex people = new PeopleIndex(ordered);
    // the slugs made on all cores, then made unique in file order
    List<String> slugs =
        Parallel.map(ordered.size(), i -> Slugger.slug(slugSource(ordered.get(i)))).stream()
            .map(articleSlugs::uniqueOf)
            .toList();
    // each article on its own, so on all cores; the slugs above depend on the file order
    List<Article> articles =
        new ArrayList<>(
            Parallel.map(
                ordered.size(),
                i -> new ArticleAssembler(ordered.get(i), slugs.get(i), people, this::countryRef, countryOfPlace).assemble()));
    articles.sort(NEWEST_FIRST);
    RelationsBuilder.Input input = RelationsBuilder.Input.of(articles);
    // people, countries and related stories are each made from the articles alone: side by side
    List<?> parts =
        Parallel.map(3, part -> switch (part) {
          case 0 -> people.people(articles);
          case 1 -> countries(articles);
          default -> relations.get(input.key(), () -> RelationsBuilder.build(input));
        });
    return new Archive(articles, (List<Person>) parts.get(0), (List<Country>) parts.get(1), (Relations) parts.get(2));
  }

  /**
   * {@code outline}, an archive this class built (its bodies left out), with the bodies of {@code
   * stories}: the archive {@link #build} makes of them when each one's outline ({@link
   * Story#outline}) is that of the story its article was made of, as after edits of the words of
   * paragraphs alone. Only bodies are made: nothing else of an archive is made of a story's
   * paragraphs. Each body is made when first read (see {@link Utf8Text#lazy}), and only then is its
   * story asked for: a build that renders few articles again needs few stories.
   *
   * @param stories each story by its file, given when asked for
   * @throws IllegalArgumentException when the stories are not those of the articles, one each
   */
  public static Archive withBodies(Archive outline, Map<String, Supplier<Story>> stories) {
    List<Article> articles = outline.articles();
    if (stories.size() != articles.size()) {
      throw new IllegalArgumentException(stories.size() + " stories for " + articles.size() + " articles");
    }
    List<Article> bodied = new ArrayList<>(articles.size());
    for (Article article : articles) {
      Supplier<Story> story = stories.get(article.file());
      if (story == null) {
        throw new IllegalArgumentException("no story for " + article.file());
      }
      bodied.add(new Article(article.summary(), Utf8Text.lazy(() -> ArticleAssembler.body(story.get()).html())));
    }
    return new Archive(bodied, outline.people(), outline.countries(), outline.relations());
  }

  private static String dateOf(Article article) {
    return article.date() == null ? "" : article.date();
  }

  CountryInfo country(String code) {
    return countryInfo.getOrDefault(code, new CountryInfo(code, code, "Other"));
  }

  /** An article's reference to the country {@code code}, {@code named} in its text or not. */
  private Article.CountryRef countryRef(String code, boolean named) {
    Article.CountryRef[] refs = countryRefs.get(code);
    return refs != null ? refs[named ? 1 : 0] : newCountryRef(country(code), named);
  }

  private static Article.CountryRef newCountryRef(CountryInfo info, boolean named) {
    return new Article.CountryRef(info.code(), info.name(), info.flag(), countryUrl(info.code()), named);
  }

  private List<Country> countries(List<Article> articles) {
    Map<String, List<String>> articlesByCode = new TreeMap<>();
    Map<String, Tally> peopleByCode = new HashMap<>();
    for (Article article : articles) {
      for (Article.CountryRef ref : article.countries()) {
        articlesByCode.computeIfAbsent(ref.code(), k -> new ArrayList<>()).add(article.id());
        Tally counts = peopleByCode.computeIfAbsent(ref.code(), k -> new Tally());
        for (Article.PersonRef person : article.people()) {
          counts.add(person.slug());
        }
      }
    }
    List<Country> out = new ArrayList<>();
    articlesByCode.forEach(
        (code, ids) ->
            out.add(
                new Country(
                    country(code),
                    countryUrl(code),
                    ids,
                    peopleByCode.get(code).byCountDescending(),
                    ids.size())));
    out.sort(Comparator.comparing((Country c) -> fold(c.name())).thenComparing(Country::code));
    return out;
  }

  static String countryUrl(String code) {
    return "countries/" + code.toLowerCase(Locale.ROOT) + ".html";
  }

  /**
   * Case- and accent-insensitive form of a name, for matching and sorting: compatibility
   * decomposition without marks, lower case, each run of white space, hyphens and dots one space.
   */
  static String fold(String name) {
    String plain = name;
    if (!Slugger.isAscii(name)) {
      String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
      StringBuilder noMarks = new StringBuilder(decomposed.length());
      decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(noMarks::appendCodePoint);
      plain = noMarks.toString();
    }
    String lower = plain.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-' || c == '.') {
        gap = true;
      } else {
        if (gap) {
          out.append(' ');
          gap = false;
        }
        out.append(c);
      }
    }
    if (gap) {
      out.append(' ');
    }
    return out.toString().strip();
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * What an article's slug is made from: the front matter's slug, else the file name, else (for
   * machine-made file names such as "000_d35b8be0c4560381.txt") the headline.
   */
  static String slugSource(Story story) {
    if (story.slug() != null) {
      return story.slug();
    }
    String stem = stem(story.file());
    return hasWord(stem) || story.metadata().title().isBlank() ? stem : story.metadata().title();
  }

  /**
   * Whether a file's stem holds a word: three letters or more between the dashes, underscores,
   * dots and white space that part words in file names.
   */
  static boolean hasWord(String stem) {
    int letters = 0; // of the word so far, or -1 once it holds anything else
    for (int i = 0; i <= stem.length(); i++) {
      char c = i < stem.length() ? stem.charAt(i) : ' ';
      if (c == '-' || c == '_' || c == '.' || c == ' ' || (c >= '\t' && c <= '\r')) {
        if (letters >= 3) {
          return true;
        }
        letters = 0;
      } else if (letters >= 0) {
        letters = Character.isLetter(c) ? letters + 1 : -1;
      }
    }
    return false;
  }

  private static String stem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Everyone named in the stories, merged by name: the same full name in two stories is one
   * person, and a one-word name joins the only person whose name contains that word.
   */
  static final class PeopleIndex {
    private final Map<String, String> canonicalByKey = new HashMap<>();
    /** Each person's name by key: a hash map, as every mention of every story looks one up. */
    private final Map<String, String> displayName = new HashMap<>();
    private final Map<String, String> slugByKey = new HashMap<>();
    /** The folded form of every name the stories mention, folded once however often it comes. */
    private final Map<String, String> keyOfName = new HashMap<>();

    PeopleIndex(List<Story> stories) {
      Map<String, String> fullNames = new HashMap<>();
      List<String> single = new ArrayList<>();
      for (Story story : stories) {
        for (PersonMention p : story.metadata().people()) {
          String key = keyOfName.computeIfAbsent(p.name(), ArchiveBuilder::fold);
          if (key.isEmpty()) {
            continue;
          }
          if (key.indexOf(' ') < 0) {
            single.add(key);
          }
          fullNames.putIfAbsent(key, p.name());
        }
      }
      for (Map.Entry<String, String> e : fullNames.entrySet()) {
        canonicalByKey.put(e.getKey(), e.getKey());
      }
      Map<String, List<String>> ownersByWord = new HashMap<>();
      for (String key : fullNames.keySet()) {
        if (key.indexOf(' ') > 0) {
          for (String word : new LinkedHashSet<>(List.of(key.split(" ")))) {
            ownersByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(key);
          }
        }
      }
      for (String word : single) {
        List<String> owners = ownersByWord.getOrDefault(word, List.of());
        if (owners.size() == 1) {
          canonicalByKey.put(word, owners.get(0));
        }
      }
      for (String key : canonicalByKey.values()) {
        displayName.put(key, fullNames.get(key));
      }
      // slugs are handed out in the order of the keys, so that who gets "-2" does not depend on
      // the order of the stories
      Slugger slugs = new Slugger("person", Set.of("index"));
      for (Map.Entry<String, String> e : new TreeMap<>(displayName).entrySet()) {
        slugByKey.put(e.getKey(), slugs.unique(e.getValue()));
      }
    }

    String canonicalKey(String name) {
      String key = keyOfName.get(name); // read only once made, so from any thread
      if (key == null) {
        key = fold(name);
      }
      return canonicalByKey.getOrDefault(key, key);
    }

    String name(String name) {
      return displayName.get(canonicalKey(name));
    }

    String slug(String name) {
      return slugByKey.get(canonicalKey(name));
    }

    static String url(String slug) {
      return "people/" + slug + ".html";
    }

    List<Person> people(List<Article> articles) {
      Map<String, PersonBuilder> bySlug = new LinkedHashMap<>();
      for (Article article : articles) {
        for (Article.PersonRef ref : article.people()) {
          PersonBuilder b = bySlug.computeIfAbsent(ref.slug(), s -> new PersonBuilder(ref.name(), s));
          b.add(article, ref);
        }
      }
      Map<String, String> sortKeys = new HashMap<>();
      return bySlug.values().stream()
          .map(PersonBuilder::build)
          .sorted(
              Comparator.comparing((Person p) -> sortKeys.computeIfAbsent(p.name(), PeopleIndex::sortKey))
                  .thenComparing(Person::slug))
          .toList();
    }

    /** People sort by surname: "Roman Vassilenko" files under V. */
    static String sortKey(String name) {
      String folded = fold(name);
      int space = folded.lastIndexOf(' ');
      return space < 0 ? folded : folded.substring(space + 1) + " " + folded.substring(0, space);
    }
  }

  private static final class PersonBuilder {
    private final String name;
    private final String slug;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final List<Person.RoleSeen> roles = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();
    private final Tally countries = new Tally();

    PersonBuilder(String name, String slug) {
      this.name = name;
      this.slug = slug;
    }

    void add(Article article, Article.PersonRef ref) {
      articles.add(article.id());
      if (!ref.name().equals(name)) {
        aliases.add(ref.name());
      }
      for (String alias : ref.aliases()) {
        if (!alias.equals(name)) {
          aliases.add(alias);
        }
      }
      for (String role : ref.roles()) {
        roles.add(new Person.RoleSeen(role, article.id()));
      }
      for (Article.CountryRef c : article.countries()) {
        if (c.named()) {
          countries.add(c.code());
        }
      }
    }

    Person build() {
      return new Person(
          name,
          slug,
          PeopleIndex.url(slug),
          List.copyOf(aliases),
          roles,
          countries.byCountDescending(),
          articles,
          articles.size());
    }
  }
}
