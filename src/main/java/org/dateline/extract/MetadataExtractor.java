package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.CountryInfo;
import org.dateline.model.CountryMention;
import org.dateline.model.Dateline;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;
import org.dateline.read.Block;
import org.dateline.read.BlockKind;
import org.dateline.read.ParsedDocument;

/**
 * Extracts a story's metadata: title, dateline, people with roles, quotes, countries, sections.
 * Built once per run (it holds the gazetteers); {@link #extract} is pure and thread-safe.
 *
 * <pre>{@code
 * MetadataExtractor extractor = MetadataExtractor.withDefaults();
 * Metadata metadata = extractor.extract(document);
 * }</pre>
 */
public final class MetadataExtractor {
  private static final Pattern NOT_STORY_TEXT =
      Pattern.compile("^(?:Related|Read more|Read also|See also|Also read|More)\\s*:.*", Pattern.CASE_INSENSITIVE);

  private final CountryGazetteer gazetteer;
  private final DatelineExtractor datelines = new DatelineExtractor();
  private final PeopleExtractor people;
  private final QuoteExtractor quotes;
  private final CountryExtractor countryExtractor;
  private final EditorialRules editorial;

  private MetadataExtractor(PeopleRegistry registry) {
    NameLexicon lexicon = new NameLexicon();
    this.gazetteer = new CountryGazetteer();
    this.people = new PeopleExtractor(lexicon, gazetteer);
    this.quotes = new QuoteExtractor(lexicon);
    this.countryExtractor = new CountryExtractor(gazetteer, lexicon);
    this.editorial = new EditorialRules(registry, gazetteer);
  }

  /** An extractor with the bundled gazetteers and no people registry. */
  public static MetadataExtractor withDefaults() {
    return new MetadataExtractor(PeopleRegistry.EMPTY);
  }

  /** An extractor with the bundled gazetteers that applies the site's people registry. */
  public static MetadataExtractor withDefaults(PeopleRegistry registry) {
    return new MetadataExtractor(Objects.requireNonNull(registry, "registry must not be null"));
  }

  /** Every country the extractor knows, sorted by code. */
  public List<CountryInfo> countries() {
    return gazetteer.countries();
  }

  /**
   * The ISO 3166-1 code of the country a place name implies: the country itself ("Kenya",
   * "Britain", "U.S."), or the country of a capital or listed city ("Nairobi", "WASHINGTON").
   * Case-insensitive; null when the place is unknown or could be in more than one country.
   *
   * <pre>{@code
   * extractor.countryOfPlace("Astana");   // "KZ"
   * extractor.countryOfPlace("Atlantis"); // null
   * }</pre>
   */
  public String countryOfPlace(String place) {
    Objects.requireNonNull(place, "place must not be null");
    return gazetteer.countryOfPlace(place);
  }

  public Metadata extract(ParsedDocument document) {
    List<Block> body = new ArrayList<>();
    for (Block b : document.bodyBlocks()) {
      if (!NOT_STORY_TEXT.matcher(b.text().strip()).matches()) {
        body.add(b);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (Block b : body) {
      paragraphs.add(b.text());
    }
    DatelineExtractor.Found found = datelines.find(paragraphs);
    List<TextUnit> units = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (i < found.paragraph()) {
        continue; // a bare byline or date line above the dateline
      }
      String text = body.get(i).text();
      if (i == found.paragraph()) {
        text = text.strip().substring(Math.min(found.bodyStart(), text.strip().length()));
      }
      units.add(TextUnit.of(i, text));
    }
    PeopleExtractor.Result found2 = people.extract(units);
    List<Quote> quoteList = quotes.extract(units, found2);

    Map<Integer, List<int[]>> personSpans = new HashMap<>();
    for (PeopleExtractor.Mention m : found2.mentions()) {
      personSpans.computeIfAbsent(m.unit(), k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
    }
    Set<String> personWords = new HashSet<>();
    for (PersonMention p : found2.people()) {
      addWords(personWords, p.name());
      p.aliases().forEach(a -> addWords(personWords, a));
    }
    List<TextUnit> countryUnits = new ArrayList<>();
    countryUnits.add(TextUnit.of(-1, document.title()));
    if (found.paragraph() >= 0) {
      String head = body.get(found.paragraph()).text().strip();
      countryUnits.add(TextUnit.of(-2, head.substring(0, Math.min(found.bodyStart(), head.length()))));
    }
    countryUnits.addAll(units);
    List<CountryMention> countries = countryExtractor.extract(countryUnits, personSpans, personWords);
    for (String place : found.dateline().places()) {
      CountryInfo info = gazetteer.find(place);
      if (info != null && countries.stream().noneMatch(c -> c.code().equals(info.code()))) {
        countries = new ArrayList<>(countries);
        countries.add(new CountryMention(info.code(), info.name(), false));
      }
    }
    List<String> sections = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      if (b.kind() == BlockKind.HEADING && i != found.paragraph()) {
        sections.add(b.text().strip());
      }
    }
    Metadata extracted =
        new Metadata(document.title(), found.dateline(), found2.people(), countries, sections, quoteList);
    return editorial.apply(extracted, document.frontMatter());
  }

  private static void addWords(Set<String> into, String name) {
    for (Token t : Tokenizer.tokenize(name)) {
      if (t.isWord()) {
        into.add(t.text());
      }
    }
  }

  /** The gazetteer-backed dateline type, for callers that need an empty value. */
  static Dateline noDateline() {
    return Dateline.NONE;
  }
}
