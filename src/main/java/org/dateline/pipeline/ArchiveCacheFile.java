package org.dateline.pipeline;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * id, which {@link LastBuild} records for the build it was assembled or taken by. Its relations
 * are left to the {@link RelationsCacheFile}, which keeps them by the key of their input.
 *
 * <p>Layout: the magic bytes {@code DLARCHIV}, the {@link #FORMAT} number, the code version (see
 * {@link CodeVersion}), the id, the input key of the relations, the warnings the archive's making
 * gave (duplicate slugs); the table of distinct strings (whether it is one text, then the number
 * of strings, then either each one's length in chars and the text's UTF-8 bytes, or each string as
 * {@link StoryCodec#writeString} writes it); then the articles' summaries, the people and the
 * countries, field by field in declaration order, each string as its number in the table ({@code
 * -1} for null), each list as a count and its items; last, the CRC-32 of everything before it
 * ({@link CacheFiles}). A file that is missing, damaged, or of another format, code or id loads as
 * nothing: the archive is then assembled again.
 */
final class ArchiveCacheFile {
  static final String NAME = "archive.bin";
  static final int FORMAT = 1;

  private static final CacheHeader HEADER = new CacheHeader(0x444C415243484956L, FORMAT); // "DLARCHIV"
  private static final int NULL = -1;

  /**
   * An archive as saved, its bodies empty and its relations none: those are kept by the {@link
   * RelationsCacheFile}, under {@code relationsKey}; and the warnings its making gave.
   */
  record Saved(String id, Archive archive, String relationsKey, List<Diagnostic> warnings) {}

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
   * Saves {@code archive} (but its bodies and relations, whose input key is {@code relationsKey})
   * and the {@code warnings} its making gave in {@code dir}, for the code of version {@code
   * version}; gives the id it is saved under.
   */
  static String save(Path dir, String version, Archive archive, String relationsKey, List<Diagnostic> warnings)
      throws IOException {
    String id = Long.toHexString(CachePacks.newId());
    Writer fields = new Writer();
    fields.archive(archive);
    CacheFiles.write(dir.resolve(NAME), out -> {
      HEADER.write(out, version);
      StoryCodec.writeString(out, id);
      StoryCodec.writeString(out, relationsKey);
      StoryCodec.writeDiagnostics(out, warnings);
      fields.writeTo(out);
    });
    return id;
  }

  /**
   * Writes an archive's fields as numbers, each string as its number in a table of them: held in
   * an array and written at once, as a stream of bytes would take each number in four calls.
   */
  private static final class Writer {
    final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>(1 << 16);
    private final Numbers out = new Numbers();

    /** Numbers in a growing array. */
    private static final class Numbers {
      private int[] values = new int[1 << 16];
      private int size;

      void writeInt(int value) {
        if (size == values.length) {
          values = Arrays.copyOf(values, 2 * size);
        }
        values[size++] = value;
      }

      void writeBoolean(boolean value) {
        writeInt(value ? 1 : 0);
      }
    }

    /**
     * Writes the table of strings, then the numbers. The table is the strings' lengths and their
     * text, encoded at once: encoded one by one, and each looked through for a surrogate without its
     * pair (which UTF-8 cannot carry), they took most of the time of a save. Only when the text
     * holds such a surrogate (it does not come back the same) is each string written as {@link
     * StoryCodec#writeString} writes it.
     */
    void writeTo(DataOutputStream stream) throws IOException {
      StringBuilder all = new StringBuilder();
      Numbers lengths = new Numbers();
      for (String s : strings) {
        all.append(s);
        lengths.writeInt(s.length());
      }
      String text = all.toString();
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      boolean whole = new String(utf8, StandardCharsets.UTF_8).equals(text);
      stream.writeBoolean(whole);
      stream.writeInt(strings.size());
      if (whole) {
        write(stream, lengths);
        stream.writeInt(utf8.length);
        stream.write(utf8);
      } else {
        for (String s : strings) {
          StoryCodec.writeString(stream, s);
        }
      }
      write(stream, out);
    }

    /** Writes {@code numbers}, four bytes each, high byte first. */
    private static void write(DataOutputStream stream, Numbers numbers) throws IOException {
      ByteBuffer bytes = ByteBuffer.allocate(4 * numbers.size);
      bytes.asIntBuffer().put(numbers.values, 0, numbers.size);
      stream.write(bytes.array());
    }

    void archive(Archive archive) {
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
    }

    private void summary(ArticleSummary s) {
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

    private void person(Person p) {
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

    private void country(Country c) {
      string(c.info().code());
      string(c.info().name());
      string(c.info().region());
      string(c.url());
      strings(c.articles());
      strings(c.people());
      out.writeInt(c.mentions());
    }

    private void strings(List<String> list) {
      out.writeInt(list.size());
      for (String s : list) {
        string(s);
      }
    }

    private void string(String s) {
      if (s == null) {
        out.writeInt(NULL);
        return;
      }
      Integer number = numbers.get(s);
      if (number == null) {
        number = strings.size();
        numbers.put(s, number);
        strings.add(s);
      }
      out.writeInt(number);
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
      HEADER.read(in, version);
      if (!id.equals(StoryCodec.readString(in))) {
        throw new IOException("not the archive the last build took");
      }
      String relationsKey = Objects.requireNonNull(StoryCodec.readString(in), "relations key");
      List<Diagnostic> warnings = StoryCodec.readDiagnostics(in);
      strings = in.readBoolean() ? text(in.readCount()) : each(in.readCount());
      int articleCount = in.readCount();
      List<Article> articles = new ArrayList<>(articleCount);
      for (int i = 0; i < articleCount; i++) {
        articles.add(new Article(summary(), Utf8Text.EMPTY));
      }
      int personCount = in.readCount();
      List<Person> people = new ArrayList<>(personCount);
      for (int i = 0; i < personCount; i++) {
        people.add(person());
      }
      int countryCount = in.readCount();
      List<Country> countries = new ArrayList<>(countryCount);
      for (int i = 0; i < countryCount; i++) {
        countries.add(country());
      }
      return new Saved(id, new Archive(articles, people, countries, Relations.NONE), relationsKey, warnings);
    }

    /** {@code count} strings cut from one text, as {@link Writer#writeTo} wrote them. */
    private String[] text(int count) throws IOException {
      int[] lengths = new int[count];
      for (int i = 0; i < count; i++) {
        lengths[i] = in.readInt();
      }
      int size = in.readInt();
      if (size < 0 || size > in.remaining()) {
        throw new IOException("text of " + size + " bytes in " + in.remaining());
      }
      byte[] utf8 = new byte[size];
      in.readFully(utf8, 0, size);
      String text = new String(utf8, StandardCharsets.UTF_8);
      String[] out = new String[count];
      int at = 0;
      for (int i = 0; i < count; i++) {
        if (lengths[i] < 0 || lengths[i] > text.length() - at) {
          throw new IOException("string " + i + " of " + lengths[i] + " chars at " + at);
        }
        out[i] = text.substring(at, at + lengths[i]);
        at += lengths[i];
      }
      if (at != text.length()) {
        throw new IOException("text left after the strings");
      }
      return out;
    }

    /** {@code count} strings, each as {@link StoryCodec#writeString} wrote it. */
    private String[] each(int count) throws IOException {
      String[] out = new String[count];
      for (int i = 0; i < count; i++) {
        out[i] = StoryCodec.readString(in);
      }
      return out;
    }

    private ArticleSummary summary() throws IOException {
      String id = string();
      String slug = string();
      String url = string();
      String file = string();
      String date = string();
      String title = string();
      Dateline dateline = new Dateline(strings(), string());
      int placeCount = in.readCount();
      List<Article.Place> places = new ArrayList<>(placeCount);
      for (int i = 0; i < placeCount; i++) {
        places.add(new Article.Place(string(), string(), string()));
      }
      List<String> authors = strings();
      String originalSource = string();
      int figureCount = in.readCount();
      List<Figure> figures = new ArrayList<>(figureCount);
      for (int i = 0; i < figureCount; i++) {
        figures.add(new Figure(string(), string()));
      }
      int sectionCount = in.readCount();
      List<Article.Section> sections = new ArrayList<>(sectionCount);
      for (int i = 0; i < sectionCount; i++) {
        sections.add(new Article.Section(string(), string()));
      }
      String excerpt = string();
      int personCount = in.readCount();
      List<Article.PersonRef> people = new ArrayList<>(personCount);
      for (int i = 0; i < personCount; i++) {
        people.add(new Article.PersonRef(string(), string(), string(), strings(), strings()));
      }
      int countryCount = in.readCount();
      List<Article.CountryRef> countries = new ArrayList<>(countryCount);
      for (int i = 0; i < countryCount; i++) {
        countries.add(new Article.CountryRef(string(), string(), string(), string(), bool()));
      }
      int quoteCount = in.readCount();
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
      int roleCount = in.readCount();
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

    private List<String> strings() throws IOException {
      int count = in.readCount();
      List<String> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(string());
      }
      return list;
    }

    private boolean bool() throws IOException {
      int value = in.readInt();
      if (value != 0 && value != 1) {
        throw new IOException("not a truth value: " + value);
      }
      return value == 1;
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
  }
}
