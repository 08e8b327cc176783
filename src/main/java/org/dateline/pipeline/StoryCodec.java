package org.dateline.pipeline;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dateline.diag.Diagnostic;
import org.dateline.diag.Severity;
import org.dateline.model.CountryMention;
import org.dateline.model.Dateline;
import org.dateline.model.Figure;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;
import org.dateline.model.SourcePos;
import org.dateline.model.Story;

/**
 * Writes the story and diagnostics of a {@link StoryCache.Entry} field by field, in declaration
 * order, to a {@link DataOutputStream}, and reads them back equal from a {@link CacheInput}. A
 * string is an int length then its UTF-8 bytes ({@code -1} for null; {@code -2}, a char count and
 * UTF-16 chars when it holds a lone surrogate, which UTF-8 cannot carry); a list is an int count
 * then its elements; an absent story is a false boolean. Reading checks every length and count
 * against the bytes left, so damaged data fails with an {@link IOException} (or a record's own
 * check), never with an {@link OutOfMemoryError}. The layout is part of {@link
 * StoryCacheFile#FORMAT}: change that number when changing this class.
 */
final class StoryCodec {
  private static final int NULL = -1;
  private static final int CHARS = -2;
  private static final List<Severity> SEVERITIES = List.of(Severity.values());

  private StoryCodec() {}

  /**
   * Writes the diagnostics and story of {@code entry} (its key, source and stamp are the caller's to
   * keep): the diagnostics and whether there is a story first, so that they can be read alone
   * ({@link #readHead}).
   */
  static void write(DataOutputStream out, StoryCache.Entry entry) throws IOException {
    writeDiagnostics(out, entry.diagnostics());
    out.writeBoolean(entry.story() != null);
    if (entry.story() != null) {
      writeStory(out, entry.story());
    }
  }

  /** Reads what {@link #write} wrote, as the entry of {@code key}, {@code source} and {@code stamp}. */
  static StoryCache.Entry read(CacheInput in, String key, String source, String stamp) throws IOException {
    StoryCache.Head head = readHead(in);
    Story story = head.hasStory() ? readStory(in) : null;
    return new StoryCache.Entry(key, source, stamp, story, head.diagnostics());
  }

  /** Reads the diagnostics of what {@link #write} wrote, and whether a story follows them. */
  static StoryCache.Head readHead(CacheInput in) throws IOException {
    List<Diagnostic> diagnostics = readDiagnostics(in);
    return new StoryCache.Head(diagnostics, in.readBoolean());
  }

  /** Writes {@code diagnostics}: a count, then each one's severity, place, code and message. */
  static void writeDiagnostics(DataOutputStream out, List<Diagnostic> diagnostics) throws IOException {
    out.writeInt(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      out.writeByte(d.severity().ordinal());
      writeString(out, d.pos().file());
      out.writeInt(d.pos().line());
      out.writeInt(d.pos().column());
      writeString(out, d.code());
      writeString(out, d.message());
    }
  }

  /** Reads what {@link #writeDiagnostics} wrote. */
  static List<Diagnostic> readDiagnostics(CacheInput in) throws IOException {
    int count = in.readCount();
    List<Diagnostic> diagnostics = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int severity = in.readUnsignedByte();
      if (severity >= SEVERITIES.size()) {
        throw new IOException("unknown severity " + severity);
      }
      diagnostics.add(
          new Diagnostic(
              SEVERITIES.get(severity),
              new SourcePos(readString(in), in.readInt(), in.readInt()),
              readString(in),
              readString(in)));
    }
    return diagnostics;
  }

  private static void writeStory(DataOutputStream out, Story story) throws IOException {
    writeString(out, story.file());
    writeString(out, story.slug());
    writeString(out, story.date());
    writeStrings(out, story.authors());
    writeString(out, story.originalSource());
    out.writeInt(story.figures().size());
    for (Figure figure : story.figures()) {
      writeString(out, figure.caption());
      writeString(out, figure.credit());
    }
    out.writeInt(story.body().size());
    for (Story.BodyPart part : story.body()) {
      out.writeBoolean(part.heading());
      writeString(out, part.text());
      out.writeInt(part.html().length());
      part.html().writeTo(out);
    }
    writeString(out, story.excerpt());
    writeMetadata(out, story.metadata());
  }

  private static Story readStory(CacheInput in) throws IOException {
    String file = readString(in);
    String slug = readString(in);
    String date = readString(in);
    List<String> authors = readStrings(in);
    String originalSource = readString(in);
    int figureCount = in.readCount();
    List<Figure> figures = new ArrayList<>(figureCount);
    for (int i = 0; i < figureCount; i++) {
      figures.add(new Figure(readString(in), readString(in)));
    }
    int partCount = in.readCount();
    List<Story.BodyPart> body = new ArrayList<>(partCount);
    for (int i = 0; i < partCount; i++) {
      body.add(new Story.BodyPart(in.readBoolean(), readString(in), in.readText(in.readInt())));
    }
    String excerpt = readString(in);
    return new Story(file, slug, date, authors, originalSource, figures, body, excerpt, readMetadata(in));
  }

  private static void writeMetadata(DataOutputStream out, Metadata metadata) throws IOException {
    writeString(out, metadata.title());
    writeStrings(out, metadata.dateline().places());
    writeString(out, metadata.dateline().date());
    out.writeInt(metadata.people().size());
    for (PersonMention person : metadata.people()) {
      writeString(out, person.name());
      writeStrings(out, person.aliases());
      writeStrings(out, person.roles());
    }
    out.writeInt(metadata.countries().size());
    for (CountryMention country : metadata.countries()) {
      writeString(out, country.code());
      writeString(out, country.name());
      out.writeBoolean(country.named());
    }
    writeStrings(out, metadata.sections());
    out.writeInt(metadata.quotes().size());
    for (Quote quote : metadata.quotes()) {
      writeString(out, quote.speaker());
      writeString(out, quote.text());
    }
  }

  private static Metadata readMetadata(CacheInput in) throws IOException {
    String title = readString(in);
    Dateline dateline = new Dateline(readStrings(in), readString(in));
    int peopleCount = in.readCount();
    List<PersonMention> people = new ArrayList<>(peopleCount);
    for (int i = 0; i < peopleCount; i++) {
      people.add(new PersonMention(readString(in), readStrings(in), readStrings(in)));
    }
    int countryCount = in.readCount();
    List<CountryMention> countries = new ArrayList<>(countryCount);
    for (int i = 0; i < countryCount; i++) {
      countries.add(new CountryMention(readString(in), readString(in), in.readBoolean()));
    }
    List<String> sections = readStrings(in);
    int quoteCount = in.readCount();
    List<Quote> quotes = new ArrayList<>(quoteCount);
    for (int i = 0; i < quoteCount; i++) {
      quotes.add(new Quote(readString(in), readString(in)));
    }
    return new Metadata(title, dateline, people, countries, sections, quotes);
  }

  private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      writeString(out, s);
    }
  }

  private static List<String> readStrings(CacheInput in) throws IOException {
    int count = in.readCount();
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      strings.add(readString(in));
    }
    return strings;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(NULL);
    } else if (hasLoneSurrogate(s)) {
      out.writeInt(CHARS);
      out.writeInt(s.length());
      out.writeChars(s);
    } else {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  static String readString(CacheInput in) throws IOException {
    int length = in.readInt();
    if (length == NULL) {
      return null;
    }
    if (length == CHARS) {
      int chars = in.readInt();
      if (chars < 0 || chars > in.remaining() / 2) {
        throw new IOException("string of " + chars + " chars in " + in.remaining() + " bytes");
      }
      char[] text = new char[chars];
      for (int i = 0; i < chars; i++) {
        text[i] = in.readChar();
      }
      return new String(text);
    }
    return in.readUtf8(length);
  }

  /** A list's count, at most the bytes left (every element takes at least one). */
  /** True when {@code s} holds a surrogate that is not half of a pair. */
  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
