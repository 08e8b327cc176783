package org.dateline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.CountryInfo;
import org.dateline.model.CountryMention;

/**
 * Finds the countries a story names (by name, official name, alias or historic name) and those it
 * only implies (demonyms, capitals and other cities, parts of a country). A country word that is
 * part of a person's name ("Chad Whitfield", "Georgia Whitlam") is not a mention; "Georgia" in a
 * story about the United States is the state unless the text points to the Caucasus.
 */
final class CountryExtractor {
  private static final Set<String> CAUCASUS_CUES = Set.of("Tbilisi", "Georgian", "Caucasus", "Abkhazia", "Batumi", "Kutaisi");

  private static final Set<String> VENUE_WORDS = Set.of("Stadium", "Arena", "Airline", "Airlines", "Airways");

  private final CountryGazetteer gazetteer;
  private final NameLexicon lexicon;

  CountryExtractor(CountryGazetteer gazetteer, NameLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /**
   * @param units the title and body paragraphs
   * @param personSpans per unit, character ranges of person mentions, as {start, end} pairs
   * @param personWords every word of every person's name and aliases
   */
  List<CountryMention> extract(List<TextUnit> units, Map<Integer, List<int[]>> personSpans, Set<String> personWords) {
    Map<String, Boolean> found = new LinkedHashMap<>();
    List<String> georgia = new ArrayList<>();
    boolean usStates = false;
    boolean caucasus = false;
    for (TextUnit unit : units) {
      List<Token> tokens = unit.tokens();
      boolean allCaps = isAllCaps(unit);
      List<int[]> spans = personSpans.getOrDefault(unit.index(), List.of());
      int i = 0;
      while (i < tokens.size()) {
        Token t = tokens.get(i);
        if (t.isCapitalised() && CAUCASUS_CUES.contains(t.text())) {
          caucasus = true;
        }
        CountryGazetteer.Match m = gazetteer.match(tokens, i, allCaps);
        if (m == null) {
          i++;
          continue;
        }
        CountryGazetteer.Entry e = m.entry();
        if (e.kind() == CountryGazetteer.Kind.ALIAS && m.to() < tokens.size() && VENUE_WORDS.contains(tokens.get(m.to()).text())) {
          i = m.to(); // "Emirates Stadium", "Emirates Airline": a name, not the state
          continue;
        }
        if (e.code() == null) {
          usStates = true;
        } else if (!insidePerson(t, spans) && !(m.to() - m.from() == 1 && personWords.contains(t.text()))
            && !(unit.index() >= 0 && lexicon.isGivenName(t.text()) && followedByName(tokens, m.to(), e))) {
          if (e.code().equals("GE") && e.named()) {
            georgia.add(e.phrase());
          } else {
            found.merge(e.code(), e.named(), Boolean::logicalOr);
          }
        }
        i = m.to();
      }
    }
    if (!georgia.isEmpty()) {
      boolean named = caucasus || !usStates;
      found.merge("GE", named, Boolean::logicalOr);
      if (!named) {
        found.remove("GE");
      }
    }
    List<CountryMention> out = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : found.entrySet()) {
      CountryInfo info = gazetteer.info(e.getKey());
      out.add(new CountryMention(info.code(), info.name(), e.getValue()));
    }
    return out;
  }

  /** "Jordan Henderson": a single-word country name directly followed by a capitalised word. */
  private static boolean followedByName(List<Token> tokens, int to, CountryGazetteer.Entry e) {
    if (e.kind() != CountryGazetteer.Kind.NAME || e.phrase().indexOf(' ') >= 0 || to >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(to);
    return next.kind() == Token.Kind.WORD && Character.isUpperCase(next.text().codePointAt(0))
        && !next.isAllCaps() && !next.is("The");
  }

  private static boolean insidePerson(Token t, List<int[]> spans) {
    for (int[] s : spans) {
      if (t.start() >= s[0] && t.end() <= s[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether more than three in four of the unit's cased letters are capitals. */
  private static boolean isAllCaps(TextUnit unit) {
    String text = unit.text();
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c) && 3 * ++lower >= upper + text.length() - i - 1) {
        return false; // even if every letter left were a capital
      }
    }
    return upper > 3 * lower;
  }
}
