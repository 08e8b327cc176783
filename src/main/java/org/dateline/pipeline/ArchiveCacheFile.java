package org.dateline.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dateline.diag.Diagnostic;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.ArticleSummary;
import org.dateline.model.Country;
import org.dateline.model.CountryInfo;
import org.dateline.model.Dateline;
import org.dateline.model.Figure;
import org.dateline.model.Person;
import org.dateline.model.Quote;
import org.dateline.model.Relations;
import org.dateline.model.Utf8Text;

/**
 * The archive of the last build that assembled one, without its articles' bodies: {@value #NAME}
 * in the cache folder. A build whose stories differ from the last build's in the words of their
 * paragraphs alone (see {@link ReadStage.Changes}) takes it and gives its articles their stories'
 * bodies ({@link org.dateline.archive.ArchiveBuilder#withBodies}), rather than assembling the
 * archive again: nothing else of an archive is made of paragraphs. The file is named by a random
 * id, which {@link LastBuild} records for the build it was assembled or taken by.
 *
 * <p>Layout: the magic bytes {@code DLARCHIV}, the {@link #FORMAT} number, the code version (see
 * {@link CodeVersion}), the id, the warnings the archive's making gave (duplicate slugs), a table of
 * the distinct strings, then the articles' summaries, the people, the countries and the relations,
 * field by field in declaration order, each string as its number in the table ({@code -1} for
 * null) and each list as a count and its items; last, the CRC-32 of everything before it ({@link
 * CacheFiles}). A file that is missing, damaged, or of another format, code or id loads as
 * nothing: the archive is then assembled again.
 */
final class ArchiveCacheFile {
  static final String NAME = "archive.bin";
  static final int FORMAT = 1;

  private static final long MAGIC = 0x444C415243484956L; // "DLARCHIV"
  private static final int NULL = -1;

  /** An archive as saved, its bodies empty, and the warnings its making gave. */
  record Saved(String id, Archive archive, List<Diagnostic> warnings) {}

  private ArchiveCacheFile() {}

  /**
   * The archive saved in {@code dir} by the code of version {@code version} under {@code id}, if
   * it is there and whole.
   */
  static Optional<Saved> load(Path dir, String version, String id) {
    Path file = dir.resolve(NAME);
    try {
      return Files.isRegularFile(file)
          ? Optional.of(CacheFiles.read(file, in -> new Reader(in).saved(version, id)))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Saves {@code archive} (but its bodies) and the {@code warnings} its making gave in {@code dir},
   * for the code of version {@code version}; gives the id it is saved under.
   */
  static String save(Path dir, String version, Archive archive, List<Diagnostic> warnings) throws IOException {
    String id = Long.toHexString(CachePacks.newId());
    Writer fields = new Writer();
    fields.archive(archive);
    CacheFiles.write(dir.resolve(NAME), out -> {
      out.writeLong(MAGIC);
      out.writeInt(FORMAT);
      StoryCodec.writeString(out, version);
      StoryCodec.writeString(out, id);
      StoryCodec.writeDiagnostics(out, warnings);
      out.writeInt(fields.strings.size());
      for (String s : fields.strings) {
        StoryCodec.writeString(out, s);
      }
      fields.bytes.writeTo(out);
    });
    return id;
  }

  /** Writes an archive's fields, each string as its number in a table of them. */
  private static final class Writer {
    final List<String> strings = new ArrayList<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private final Map<String, Integer> numbers = new HashMap<>();
    private final DataOutputStream out = new DataOutputStream(bytes);

    void archive(Archive archive) throws IOException {
      out.writeInt(archive.articles().size());
      for (Article article : archive.articles()) {
        summary(article.summary());
      }
      out.writeInt(archive.people().size());
      for (Person person : archive.people()) {
        person(person);
      }
      out.writeInt(archive.countries().size());
      for (Country country : archive.countries()) {
        country(country);
      }
      lists(archive.relations().relatedArticles());
      lists(archive.relations().coMentionedPeople());
      lists(archive.relations().coMentionedCountries());
    }

    private void summary(ArticleSummary s) throws IOException {
      string(s.id());
      string(s.slug());
      string(s.url());
      string(s.file());
      string(s.date());
      string(s.title());
      strings(s.dateline().places());
      string(s.dateline().date());
      out.writeInt(s.datelinePlaces().size());
      for (Article.Place place : s.datelinePlaces()) {
        string(place.name());
        string(place.code());
        string(place.url());
      }
      strings(s.authors());
      string(s.originalSource());
      out.writeInt(s.figures().size());
      for (Figure figure : s.figures()) {
        string(figure.caption());
        string(figure.credit());
      }
      out.writeInt(s.sections().size());
      for (Article.Section section : s.sections()) {
        string(section.title());
        string(section.anchor());
      }
      string(s.excerpt());
      out.writeInt(s.people().size());
      for (Article.PersonRef person : s.people()) {
        string(person.name());
        string(person.slug());
        string(person.url());
        strings(person.roles());
        strings(person.aliases());
      }
      out.writeInt(s.countries().size());
      for (Article.CountryRef country : s.countries()) {
        string(country.code());
        string(country.name());
        string(country.flag());
        string(country.url());
        out.writeBoolean(country.named());
      }
      out.writeInt(s.quotes().size());
      for (Quote quote : s.quotes()) {
        string(quote.speaker());
        string(quote.text());
      }
    }

    private void person(Person p) throws IOException {
      string(p.name());
      string(p.slug());
      string(p.url());
      strings(p.aliases());
      out.writeInt(p.roles().size());
      for (Person.RoleSeen role : p.roles()) {
        string(role.role());
        string(role.article());
      }
      strings(p.countries());
      strings(p.articles());
      out.writeInt(p.mentions());
    }

    private void country(Country c) throws IOException {
      string(c.info().code());
      string(c.info().name());
      string(c.info().region());
      string(c.url());
      strings(c.articles());
      strings(c.people());
      out.writeInt(c.mentions());
    }

    /** A map of lists, by key in order (a relations map has no order of its own). */
    private void lists(Map<String, List<String>> lists) throws IOException {
      out.writeInt(lists.size());
      for (Map.Entry<String, List<String>> entry : new TreeMap<>(lists).entrySet()) {
        string(entry.getKey());
        strings(entry.getValue());
      }
    }

    private void strings(List<String> list) throws IOException {
      out.writeInt(list.size());
      for (String s : list) {
        string(s);
      }
    }

    private void string(String s) throws IOException {
      out.writeInt(s == null ? NULL : numbers.computeIfAbsent(s, this::add));
    }

    private int add(String s) {
      strings.add(s);
      return strings.size() - 1;
    }
  }

  /** Reads what {@link Writer} wrote; a damaged file fails with an exception, never with a wrong archive. */
  private static final class Reader {
    private final CacheInput in;
    private String[] strings;

    Reader(CacheInput in) {
      this.in = in;
    }

    Saved saved(String version, String id) throws IOException {
      if (in.readLong() != MAGIC || in.readInt() != FORMAT || !version.equals(StoryCodec.readString(in))) {
        throw new IOException("not this format or not this code's archive");
      }
      if (!id.equals(StoryCodec.readString(in))) {
        throw new IOException("not the archive the last build took");
      }
      List<Diagnostic> warnings = StoryCodec.readDiagnostics(in);
      strings = new String[count()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = StoryCodec.readString(in);
      }
      int articleCount = count();
      List<Article> articles = new ArrayList<>(articleCount);
      for (int i = 0; i < articleCount; i++) {
        articles.add(new Article(summary(), Utf8Text.EMPTY));
      }
      int personCount = count();
      List<Person> people = new ArrayList<>(personCount);
      for (int i = 0; i < personCount; i++) {
        people.add(person());
      }
      int countryCount = count();
      List<Country> countries = new ArrayList<>(countryCount);
      for (int i = 0; i < countryCount; i++) {
        countries.add(country());
      }
      Relations relations = new Relations(lists(), lists(), lists());
      return new Saved(id, new Archive(articles, people, countries, relations), warnings);
    }

    private ArticleSummary summary() throws IOException {
      String id = string();
      String slug = string();
      String url = string();
      String file = string();
      String date = string();
      String title = string();
      Dateline dateline = new Dateline(strings(), string());
      int placeCount = count();
      List<Article.Place> places = new ArrayList<>(placeCount);
      for (int i = 0; i < placeCount; i++) {
        places.add(new Article.Place(string(), string(), string()));
      }
      List<String> authors = strings();
      String originalSource = string();
      int figureCount = count();
      List<Figure> figures = new ArrayList<>(figureCount);
      for (int i = 0; i < figureCount; i++) {
        figures.add(new Figure(string(), string()));
      }
      int sectionCount = count();
      List<Article.Section> sections = new ArrayList<>(sectionCount);
      for (int i = 0; i < sectionCount; i++) {
        sections.add(new Article.Section(string(), string()));
      }
      String excerpt = string();
      int personCount = count();
      List<Article.PersonRef> people = new ArrayList<>(personCount);
      for (int i = 0; i < personCount; i++) {
        people.add(new Article.PersonRef(string(), string(), string(), strings(), strings()));
      }
      int countryCount = count();
      List<Article.CountryRef> countries = new ArrayList<>(countryCount);
      for (int i = 0; i < countryCount; i++) {
        countries.add(new Article.CountryRef(string(), string(), string(), string(), in.readBoolean()));
      }
      int quoteCount = count();
      List<Quote> quotes = new ArrayList<>(quoteCount);
      for (int i = 0; i < quoteCount; i++) {
        quotes.add(new Quote(string(), string()));
      }
      return new ArticleSummary(
          id, slug, url, file, date, title, dateline, places, authors, originalSource, figures,
          sections, excerpt, people, countries, quotes);
    }

    private Person person() throws IOException {
      String name = string();
      String slug = string();
      String url = string();
      List<String> aliases = strings();
      int roleCount = count();
      List<Person.RoleSeen> roles = new ArrayList<>(roleCount);
      for (int i = 0; i < roleCount; i++) {
        roles.add(new Person.RoleSeen(string(), string()));
      }
      return new Person(name, slug, url, aliases, roles, strings(), strings(), in.readInt());
    }

    private Country country() throws IOException {
      CountryInfo info = new CountryInfo(string(), string(), string());
      return new Country(info, string(), strings(), strings(), in.readInt());
    }

    private Map<String, List<String>> lists() throws IOException {
      int count = count();
      Map<String, List<String>> lists = new HashMap<>(2 * count);
      for (int i = 0; i < count; i++) {
        lists.put(string(), List.copyOf(strings()));
      }
      return lists;
    }

    private List<String> strings() throws IOException {
      int count = count();
      List<String> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(string());
      }
      return list;
    }

    private String string() throws IOException {
      int number = in.readInt();
      if (number == NULL) {
        return null;
      }
      if (number < 0 || number >= strings.length) {
        throw new IOException("no string " + number);
      }
      return strings[number];
    }

    /** A number of items, each at least four bytes, so no more than the bytes left allow. */
    private int count() throws IOException {
      int n = in.readInt();
      if (n < 0 || n > in.remaining() / 4) {
        throw new IOException("bad count " + n);
      }
      return n;
    }
  }
}
