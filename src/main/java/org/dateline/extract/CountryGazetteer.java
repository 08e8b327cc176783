package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.model.CountryInfo;

/**
 * Every country of ISO 3166-1 with the names that point to it, read once from
 * {@code countries.tsv}, plus the places whose names contain a country's name but are not that
 * country ({@code places-not-countries.txt}). Looks names up by token sequence, longest first.
 */
final class CountryGazetteer {
  /** What a phrase points to: a country named or only implied, or (code null) a non-country place. */
  record Entry(String phrase, String code, boolean named, Kind kind) {}

  enum Kind {
    NAME,
    ALIAS,
    DEMONYM,
    CITY,
    NOT_A_COUNTRY
  }

  private final List<CountryInfo> countries;
  private final Map<String, CountryInfo> byCode = new HashMap<>();
  private final Map<String, Entry> phrases = new HashMap<>();
  private final Map<String, Entry> capsPhrases = new HashMap<>();
  private final Map<String, Integer> longestByFirstWord = new HashMap<>();
  /** Every start (by characters) of a key of {@link #phrases}, and of {@link #capsPhrases}. */
  private final Set<String> phraseStarts = new HashSet<>();
  private final Set<String> capsPhraseStarts = new HashSet<>();
  /** Upper-case phrase to the codes of the countries it names (name, alias). */
  private final Map<String, Set<String>> namedBy = new HashMap<>();
  /** Upper-case phrase to the codes of the countries whose listed cities bear it. */
  private final Map<String, Set<String>> cityOf = new HashMap<>();

  CountryGazetteer() {
    List<CountryInfo> all = new ArrayList<>();
    for (String line : WordLists.lines("countries.tsv")) {
      String[] f = java.util.Arrays.copyOf(line.split("\t", -1), 7);
      for (int k = 0; k < f.length; k++) {
        f[k] = f[k] == null ? "" : f[k];
      }
      CountryInfo info = new CountryInfo(f[0], f[1], f[2]);
      all.add(info);
      byCode.put(info.code(), info);
      boolean sovereign = "yes".equals(f[3]);
      add(f[1], info.code(), sovereign, Kind.NAME);
      for (String alias : split(f[4])) {
        add(alias, info.code(), sovereign, Kind.ALIAS);
      }
      for (String demonym : split(f[5])) {
        add(demonym, info.code(), false, Kind.DEMONYM);
      }
      for (String city : split(f[6])) {
        add(city, info.code(), false, Kind.CITY);
      }
    }
    for (String place : WordLists.lines("places-not-countries.txt")) {
      add(place, null, false, Kind.NOT_A_COUNTRY);
    }
    all.sort(Comparator.comparing(CountryInfo::code));
    countries = List.copyOf(all);
    phrases.keySet().forEach(key -> addStarts(key, phraseStarts));
    capsPhrases.keySet().forEach(key -> addStarts(key, capsPhraseStarts));
  }

  private static void addStarts(String key, Set<String> starts) {
    for (int end = 1; end <= key.length(); end++) {
      starts.add(key.substring(0, end));
    }
  }

  private static List<String> split(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private void add(String phrase, String code, boolean named, Kind kind) {
    List<Token> tokens = Tokenizer.tokenize(phrase);
    String key = key(tokens, 0, tokens.size(), false);
    Entry entry = new Entry(phrase, code, named, kind);
    // Names win over aliases, aliases over demonyms and cities (first added wins within a kind).
    phrases.merge(key, entry, (old, neu) -> old.kind().ordinal() <= neu.kind().ordinal() ? old : neu);
    String caps = key(tokens, 0, tokens.size(), true);
    if (caps.length() > 3 || kind == Kind.ALIAS) {
      capsPhrases.merge(caps, entry, (old, neu) -> old.kind().ordinal() <= neu.kind().ordinal() ? old : neu);
    }
    longestByFirstWord.merge(firstKey(tokens.get(0)), tokens.size(), Math::max);
    if (code != null && (kind == Kind.NAME || kind == Kind.ALIAS)) {
      namedBy.computeIfAbsent(caps, k -> new TreeSet<>()).add(code);
    } else if (code != null && kind == Kind.CITY) {
      cityOf.computeIfAbsent(caps, k -> new TreeSet<>()).add(code);
    }
  }

  /**
   * The code of the country a place name points to, case-insensitively: the country itself (by name
   * or alias) or the country of a listed city; null when the name is unknown or points to more than
   * one country.
   */
  String countryOfPlace(String place) {
    List<Token> tokens = Tokenizer.tokenize(place.strip());
    if (tokens.isEmpty()) {
      return null;
    }
    String caps = key(tokens, 0, tokens.size(), true);
    Set<String> codes = namedBy.get(caps);
    if (codes == null) {
      codes = cityOf.get(caps);
    }
    return codes != null && codes.size() == 1 ? codes.iterator().next() : null;
  }

  private static String firstKey(Token t) {
    return t.text().toUpperCase(Locale.ROOT);
  }

  private static void appendKeyPart(StringBuilder b, Token t, boolean notFirst, boolean upper) {
    if (notFirst && t.kind() != Token.Kind.PUNCT) {
      b.append(' ');
    }
    String text = t.text().replace('’', '\'');
    b.append(upper ? text.toUpperCase(Locale.ROOT) : text);
  }

  private static String key(List<Token> tokens, int from, int to, boolean upper) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      appendKeyPart(b, tokens.get(i), i > from, upper);
    }
    return b.toString();
  }

  List<CountryInfo> countries() {
    return countries;
  }

  CountryInfo info(String code) {
    return byCode.get(code);
  }

  /** A country by its ISO code or one of its names ("KZ", "Kazakhstan", "Britain"), or null. */
  CountryInfo find(String codeOrName) {
    String s = codeOrName.strip();
    CountryInfo info = byCode.get(s.toUpperCase(Locale.ROOT));
    if (info != null && s.length() == 2) {
      return info;
    }
    List<Token> tokens = Tokenizer.tokenize(s);
    if (tokens.isEmpty()) {
      return null;
    }
    Entry e = phrases.get(key(tokens, 0, tokens.size(), false));
    if (e == null) {
      e = capsPhrases.get(key(tokens, 0, tokens.size(), true));
    }
    return e == null || e.code() == null ? null : byCode.get(e.code());
  }

  /** The phrase starting at {@code i}, longest first, or null; {@code allCaps} for headline text. */
  Match match(List<Token> tokens, int i, boolean allCaps) {
    Token first = tokens.get(i);
    if (!first.isWord() || !Character.isUpperCase(first.text().codePointAt(0))) {
      return null;
    }
    boolean caps = allCaps || first.isAllCaps();
    if (!caps && !phraseStarts.contains(first.text().replace('’', '\''))) {
      return null; // only a phrase written as the text is may match, and none starts so
    }
    Integer longest = longestByFirstWord.get(firstKey(first));
    if (longest == null) {
      return null;
    }
    int max = Math.min(tokens.size() - i, longest + 2);
    // keys[len] is key(tokens, i, i + len, false), capsKeys[len] the upper-case one; made only as
    // long as some phrase starts with one of them: a longer key starts with a shorter one
    String[] keys = new String[max + 1];
    String[] capsKeys = caps ? new String[max + 1] : null;
    StringBuilder key = new StringBuilder();
    StringBuilder capsKey = capsKeys == null ? null : new StringBuilder();
    int reach = 0;
    while (reach < max) {
      reach++;
      Token t = tokens.get(i + reach - 1);
      appendKeyPart(key, t, reach > 1, false);
      keys[reach] = key.toString();
      boolean more = phraseStarts.contains(keys[reach]);
      if (capsKeys != null) {
        appendKeyPart(capsKey, t, reach > 1, true);
        capsKeys[reach] = capsKey.toString();
        more |= capsPhraseStarts.contains(capsKeys[reach]);
      }
      if (!more) {
        break;
      }
    }
    for (int len = reach; len >= 1; len--) {
      Entry e = phrases.get(keys[len]);
      if (e == null && capsKeys != null) {
        e = capsPhrases.get(capsKeys[len]);
      }
      if (e != null) {
        return new Match(e, i, i + len);
      }
    }
    return null;
  }

  /** A phrase found in a token list: tokens {@code [from, to)}. */
  record Match(Entry entry, int from, int to) {}
}
