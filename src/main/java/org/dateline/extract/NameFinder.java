package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the capitalised phrases of a paragraph that may name people and weighs the evidence for
 * each: given names, titles, East Asian family names, name particles, speech verbs, appositions and
 * the shape of the words, against organisation words, places, months and function words.
 */
final class NameFinder {
  private static final Pattern PREFIXED = Pattern.compile("^(?:al|el|bin|ibn|abu|ben|d|O|Mc|Mac)[-'’]\\p{Lu}.*");
  private static final List<String> SURNAME_ENDINGS =
      List.of("ov", "ova", "ev", "eva", "enko", "ski", "ska", "sky", "skaya", "wicz", "vić", "vic", "ovic", "escu",
          "ian", "yan", "sson", "sen", "ez", "ou", "ini", "elli", "etti", "aki", "idis", "oulos", "shvili", "dze",
          "uddin", "ullah", "yev", "yeva", "iev", "ieva", "bayev", "uly", "ovich", "ovna", "berg", "stein", "mann");
  /** Lower-case endings that turn a proper noun into an adjective ("Hong Kong-based"). */
  private static final Set<String> ATTRIBUTIVE_SUFFIXES =
      Set.of("based", "born", "bred", "listed", "led", "owned", "run", "made", "backed", "funded", "style", "controlled",
          "bound", "registered", "era", "class", "type", "like", "speaking", "dominated", "held", "sponsored", "linked",
          "related", "raised", "trained", "educated", "focused", "centred", "centered", "area", "wide");
  /** "Roman Catholic", "Sunni Islamic": an adjective, not a surname. */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("ic", "ian", "ish", "ese", "ist");
  /** Lower-case nouns after a name that make it a facility, prize or vessel ("Charles de Gaulle airport"). */
  private static final Set<String> FACILITY_NOUNS =
      Set.of("airport", "stadium", "street", "avenue", "bridge", "hospital", "university", "school", "college", "square",
          "park", "prize", "award", "trophy", "cup", "foundation", "institute", "centre", "center", "museum", "building",
          "hall", "hotel", "road", "boulevard", "library", "station", "highway", "dam", "tower", "theatre",
          "theater", "arena", "subsidiary", "unit", "division", "affiliate", "plant", "facility", "brand", "chain",
          "store", "stores", "mill", "mine", "refinery", "factory", "reactor", "field", "oilfield", "shares", "stake",
          "party", "movement", "alliance", "coalition", "faction", "league", "club", "bloc", "army", "militia", "ministry",
          "council", "company", "firm", "bank", "airline", "newspaper", "agency", "network", "channel", "magazine",
          "group", "index", "exchange", "province", "county", "district", "region", "state", "river", "valley", "island");
  /** Words before a name that make it a vessel ("the carrier Henry Aldous", "USS Henry Aldous"). */
  private static final Set<String> VESSEL_WORDS =
      Set.of("USS", "HMS", "carrier", "carriers", "ship", "vessel", "frigate", "destroyer", "tanker", "warship", "ferry", "liner",
          "submarine", "cruiser", "yacht", "horse", "filly", "colt", "mare", "gelding");
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "early", "late", "mid",
          "during", "through", "before", "after", "between", "and", "to");
  /** First words of place and club names ("St Johnstone", "San Diego", "Fort Worth"). */
  private static final Set<String> PLACE_PREFIXES =
      Set.of("St", "St.", "Saint", "Sainte", "Ste", "San", "Santa", "Santo", "São", "Sao", "Los", "Las", "Fort", "Ft.",
          "Port", "Mount", "Mt.", "Lake", "Cape", "Bad");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "from", "of", "the", "near", "across");
  private static final Set<String> ROLE_MODIFIERS =
      Set.of("deputy", "former", "vice", "senior", "chief", "head", "acting", "interim", "assistant", "associate",
          "general", "executive", "managing", "foreign", "prime", "state", "national", "regional", "local",
          "defending", "new", "outgoing", "incoming", "top", "lead", "junior", "team", "club", "party",
          "opposition", "first", "second", "principal", "special", "permanent", "co", "and");

  private final NameLexicon lexicon;
  private final CountryGazetteer gazetteer;

  NameFinder(NameLexicon lexicon, CountryGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /** What the finder saw in one paragraph: name candidates and the words of organisations. */
  record Found(List<NameCandidate> candidates, List<String> organisationWords) {}

  Found find(TextUnit unit, boolean allCapsText) {
    List<NameCandidate> out = new ArrayList<>();
    List<String> orgWords = new ArrayList<>();
    List<Token> tokens = unit.tokens();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (allCapsText || !isNameWord(tokens.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n) {
        Token t = tokens.get(j);
        if (isNameWord(t)) {
          j++;
        } else if (t.kind() == Token.Kind.WORD && NameLexicon.isParticle(t.text())) {
          int k = j;
          while (k < n && k - j < 3 && tokens.get(k).kind() == Token.Kind.WORD && NameLexicon.isParticle(tokens.get(k).text())) {
            k++;
          }
          if (k < n && isNameWord(tokens.get(k))) {
            j = k + 1;
          } else {
            break;
          }
        } else if (t.kind() == Token.Kind.WORD && NameLexicon.isTrailingParticle(t.text())) {
          j++;
          break;
        } else {
          break;
        }
      }
      if (j < n && tokens.get(j).kind() == Token.Kind.WORD && isRegnal(tokens.get(j).text())
          && (lexicon.isGivenName(tokens.get(j - 1).text()) || lexicon.titleAt(tokens, i, j) != null)) {
        j++; // "Henry VIII", "Leopold III"
      }
      span(unit, i, j, out, orgWords);
      i = j;
    }
    return new Found(joinNicknames(unit, out), orgWords);
  }

  /**
   * Joins a given name and a surname around a nickname in quotes or brackets: Teodor "The
   * Anvil" Brankovic, Marcus Aurel (Mac) Tiller. The candidates inside the nickname are dropped.
   */
  private List<NameCandidate> joinNicknames(TextUnit unit, List<NameCandidate> found) {
    List<Token> tokens = unit.tokens();
    List<NameCandidate> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      NameCandidate a = found.get(k);
      if (a.words().size() == 1 && lexicon.isGivenName(a.words().get(0)) && a.from() > 0 && tokens.get(a.from() - 1).is("(")
          && a.to() < tokens.size() && tokens.get(a.to()).is(")") && k + 1 < found.size()
          && found.get(k + 1).from() == a.to() + 1 && found.get(k + 1).words().size() == 1) {
        // "(Walt) Brixley": a given name the writer added in brackets
        NameCandidate c = found.get(k + 1);
        out.add(new NameCandidate(unit, a.from(), c.to(), List.of(a.words().get(0), c.words().get(0)), null, c.titled(),
            3, c.speechAdjacent(), c.described(), c.listed(), true));
        k++;
        continue;
      }
      int open = a.to();
      if (open >= tokens.size() || !(tokens.get(open).isQuoteMark() || tokens.get(open).is("("))
          || !lexicon.isGivenName(a.words().get(0)) || a.titleRole() != null && a.words().size() > 3) {
        out.add(a);
        continue;
      }
      boolean bracket = tokens.get(open).is("(");
      int close = open + 1;
      while (close < tokens.size() && close - open <= 5
          && !(bracket ? tokens.get(close).is(")") : tokens.get(close).isQuoteMark())) {
        close++;
      }
      int b = k + 1;
      while (b < found.size() && found.get(b).from() <= close) {
        b++;
      }
      if (close >= tokens.size() || close - open > 5 || close == open + 1 || b >= found.size()
          || found.get(b).from() != close + 1 || found.get(b).words().size() > 2 || found.get(b).titled()) {
        out.add(a);
        continue;
      }
      boolean nickname = gazetteer.match(tokens, open + 1, false) == null
          && (bracket || (!unit.inQuote()[a.from()] && unit.inQuote()[open + 1] && !unit.inQuote()[close + 1]));
      for (int q = open + 1; q < close && nickname; q++) {
        Token t = tokens.get(q);
        nickname = t.kind() != Token.Kind.NUMBER && !lexicon.isOrgWord(t.text())
            && (!bracket || isNameWord(t) || t.kind() == Token.Kind.INITIALS);
      }
      if (!nickname) {
        out.add(a);
        continue;
      }
      NameCandidate c = found.get(b);
      List<String> words = new ArrayList<>(a.words());
      words.addAll(c.words());
      int score = Math.max(a.score(), 2) + 1;
      out.add(new NameCandidate(unit, a.from(), c.to(), List.copyOf(words), a.titleRole(), a.titled(), score,
          a.speechAdjacent() || c.speechAdjacent(), a.described() || c.described(), a.listed() || c.listed(), true));
      k = b;
    }
    return out;
  }

  boolean isNameWord(Token t) {
    if (t.kind() == Token.Kind.INITIALS) {
      return t.text().length() <= 4 && gazetteer.find(t.text()) == null && !t.is("U.N.") && !t.is("E.U.");
    }
    if (t.kind() != Token.Kind.WORD) {
      return false;
    }
    String s = t.text();
    if (Character.isUpperCase(s.codePointAt(0))) {
      int dash = s.lastIndexOf('-');
      if (dash > 0 && ATTRIBUTIVE_SUFFIXES.contains(s.substring(dash + 1))) {
        return false; // "Lyon-based", "Cork-born", "Oslo-listed"
      }
      return !t.isAllCaps() || s.endsWith(".");
    }
    return isPrefixed(s);
  }

  /**
   * Whether {@code word} is a surname with a prefix ("al-Assad", "O'Brien", "McDonald" is not):
   * {@link #PREFIXED}, its regular expression tried only on words with a hyphen or apostrophe
   * where the prefix would end (most words have none).
   */
  private static boolean isPrefixed(String word) {
    for (int i = 1; i <= 3 && i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '-' || c == '\'' || c == '’') {
        return PREFIXED.matcher(word).matches();
      }
    }
    return false;
  }

  /**
   * Whether {@code word} ends with one of {@code endings}: what {@code .*(?:a|b|...)$} matches,
   * without a regular expression (a word holds no line break, which {@code .} would not match).
   */
  private static boolean endsWithAny(String word, List<String> endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return word.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029');
      }
    }
    return false;
  }

  private void span(TextUnit unit, int s, int e, List<NameCandidate> out, List<String> orgWords) {
    List<Token> tokens = unit.tokens();
    int from = s;
    String role = null;
    boolean titled = false;
    boolean changed = true;
    boolean introduced = false;
    boolean placeBefore = false;
    if (PLACE_PREFIXES.contains(tokens.get(s).text()) && s + 1 < e) {
      return; // "St Johnstone", "San Diego", "Fort Worth": a place or a club named after one
    }
    while (changed && from < e) {
      changed = false;
      Token t = tokens.get(from);
      NameLexicon.Title title = lexicon.titleAt(tokens, from, e);
      if (title != null && from + title.words().size() < e) {
        titled = true;
        int end = from + title.words().size();
        if (title.office()) {
          role = unit.span(from, end);
        }
        from = end;
        changed = true;
      } else if (lexicon.isNotNameWord(NameLexicon.stripDot(t.text())) && !keepsNotNameWord(unit, from, e)) {
        CountryGazetteer.Match m = gazetteer.match(tokens, from, false);
        if (m != null && m.to() >= e) {
          return; // "South Korea", "New York": a place that opens with a common word
        }
        from = m != null ? m.to() : from + 1;
        placeBefore = m != null;
        changed = true;
      } else if (from + 1 < e && lexicon.isRoleNoun(t.text()) && !lexicon.isGivenName(t.text())
          && t.kind() == Token.Kind.WORD && !lexicon.isOrgWord(tokens.get(from + 1).text())) {
        // "Economist Dana Whitcombe", "Broker Imran Qadri": an occupation opening the phrase
        if (role == null) {
          role = t.text();
        }
        introduced = true;
        from++;
        changed = true;
      } else if (!lexicon.isGivenName(t.text())) {
        CountryGazetteer.Match m = gazetteer.match(tokens, from, false);
        if (m != null && m.to() <= e && m.to() < e) {
          if (m.entry().kind() == CountryGazetteer.Kind.DEMONYM) {
            introduced = true; // "Canadian Joel Marchand"
          }
          placeBefore = m.entry().kind() != CountryGazetteer.Kind.DEMONYM;
          from = m.to();
          changed = true;
        }
      }
    }
    // A title further in: "Midland County Judge Wade Thornbury".
    for (int p = from + 1; p < e - 1; p++) {
      NameLexicon.Title title = lexicon.titleAt(tokens, p, e);
      if (title != null && p + title.words().size() < e && !lexicon.isGivenName(tokens.get(p - 1).text())) {
        titled = true;
        int end = p + title.words().size();
        if (title.office()) {
          role = unit.span(from, end);
        }
        from = end;
        break;
      }
    }
    int fullEnd = e;
    for (int q = from + 1; q < e; q++) {
      String w = NameLexicon.stripDot(tokens.get(q).text());
      if (tokens.get(q).kind() == Token.Kind.INITIALS && q + 1 < e) {
        continue; // a middle initial: "Harold T. Benning"
      }
      if (lexicon.isNotNameWord(w)
          && !(q == e - 1 && (lexicon.isGivenName(tokens.get(from).text()) || (tokens.get(q - 1).kind() == Token.Kind.INITIALS && tokens.get(q - 1).text().length() == 2))
              && !NameLexicon.isTimeWord(w) && !endsWithAny(w, ADJECTIVE_ENDINGS))) {
        e = q;
        break;
      }
    }
    if (from >= e) {
      return;
    }
    NameLexicon.Title lastTitle = lexicon.titleAt(tokens, e - 1, e);
    boolean givenInside = false;
    for (int q = from; q < e - 1; q++) {
      givenInside |= lexicon.isGivenName(tokens.get(q).text()) || tokens.get(q).kind() == Token.Kind.INITIALS;
    }
    if (lastTitle != null && (e - from == 1 ? titled : !givenInside)) {
      return; // "Director General", "Assistant Secretary": an office, not a name
    }
    boolean knownOrganisation = lexicon.startsWithOrganisation(tokens, from, e);
    // Organisation words count up to the end of the whole phrase ("Hollis Brandt Carrow Inc"),
    // and "X and Co" / "X & Sons" close a firm's name.
    boolean firm = fullEnd + 1 < tokens.size() && (tokens.get(fullEnd).is("and") || tokens.get(fullEnd).is("&"))
        && FIRM_ENDINGS.contains(tokens.get(fullEnd + 1).text());
    for (int k = from; k < fullEnd; k++) {
      boolean nameFirst = k == from && k + 1 < e
          && (lexicon.isFamilyNameFirst(tokens.get(k).text()) || lexicon.isGivenName(tokens.get(k).text()));
      if (knownOrganisation || firm || (lexicon.isOrgWord(tokens.get(k).text()) && !nameFirst)
          || (k + 1 < tokens.size() && k == e - 1 && tokens.get(k + 1).is("&"))) {
        for (int q = s; q < fullEnd; q++) {
          orgWords.add(tokens.get(q).text());
        }
        return;
      }
    }
    CountryGazetteer.Match whole = gazetteer.match(tokens, from, false);
    if (whole != null && whole.to() >= e) {
      if (!(lexicon.isGivenName(tokens.get(from).text()) && e - from > 1)) {
        return;
      }
    }
    for (int q = from + 1; q < e; q++) {
      CountryGazetteer.Match inner = gazetteer.match(tokens, q, false);
      if (inner != null && inner.entry().kind() == CountryGazetteer.Kind.DEMONYM && inner.to() + 1 < e
          && lexicon.isGivenName(tokens.get(inner.to()).text())) {
        from = inner.to(); // "Outspoken Australian Peter Lowry"
        introduced = true;
        q = from;
      } else if (inner != null && inner.entry().kind() != CountryGazetteer.Kind.CITY
          && !(q == e - 1 && inner.to() == e && e - from == 2 && lexicon.isGivenName(tokens.get(from).text())
              && !lexicon.isGivenName(tokens.get(q).text())
              && (inner.entry().kind() != CountryGazetteer.Kind.DEMONYM || e >= tokens.size() || !tokens.get(e).isWord()))) {
        return; // but "Gareth Holland", "Paula Jordan": a given name and a one-word country is a person
      }
    }
    if (e < tokens.size() && tokens.get(e).kind() == Token.Kind.WORD && FACILITY_NOUNS.contains(tokens.get(e).text())) {
      return;
    }
    if (from > 0 && tokens.get(from - 1).kind() == Token.Kind.WORD && VESSEL_WORDS.contains(tokens.get(from - 1).text())) {
      return;
    }
    if (!titled && from == s + 1 && tokens.get(s).is("The") && e - from >= 2) {
      return; // "The Henry Aldous left port": a ship, a band, a building
    }
    List<String> words = new ArrayList<>();
    for (int q = from; q < e; q++) {
      words.add(tokens.get(q).text());
    }
    boolean speech = speechAround(tokens, s, e);
    if (speech && e - from == 1) {
      // "the Treasury said", "the U.S. Embassy said", "dealers in Chicago said": an institution or a place
      Token before = s > 0 ? tokens.get(s - 1) : null;
      boolean article = from > 0 && (tokens.get(from - 1).is("the") || tokens.get(from - 1).is("The"));
      if (article || placeBefore || (before != null && PLACE_PREPOSITIONS.contains(before.text()) && !before.is("the"))) {
        speech = false;
      }
    }
    String apposition = appositionAfter(unit, e);
    boolean roleFirst = roleBefore(unit, s) != null;
    boolean described = roleFirst || (apposition != null && rolePhraseAfter(unit, s, e));
    int score = score(unit, s, from, e, words, titled, speech, roleFirst || apposition != null) + (introduced ? 1 : 0);
    boolean listed = ageAfter(tokens, e) || markedByLayout(tokens, s, e);
    out.add(new NameCandidate(unit, from, e, List.copyOf(words), role, titled, score, speech, described, listed, false));
  }

  /**
   * True when a word that is usually not a name opens a name here: an initial ("A. Pembury") or a
   * given name that is also a common word, inside a sentence and not after a time preposition
   * ("captain Will Harker", "beat Jan Vorlicek", but not "in May Barclays").
   */
  private boolean keepsNotNameWord(TextUnit unit, int i, int e) {
    List<Token> tokens = unit.tokens();
    if (i + 1 >= e) {
      return false;
    }
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.INITIALS) {
      return true;
    }
    if (!lexicon.isGivenName(t.text()) || unit.sentenceStart()[i] || NameLexicon.isTimeWord(t.text())) {
      return false;
    }
    return i == 0 || !TIME_PREPOSITIONS.contains(tokens.get(i - 1).text());
  }

  private boolean speechAround(List<Token> tokens, int s, int e) {
    if (e < tokens.size() && lexicon.isSpeechVerb(tokens.get(e).text())) {
      return true;
    }
    if (e + 1 < tokens.size() && tokens.get(e).kind() == Token.Kind.WORD
        && tokens.get(e).text().equals("also") && lexicon.isSpeechVerb(tokens.get(e + 1).text())) {
      return true;
    }
    return s > 0 && lexicon.isSpeechVerb(tokens.get(s - 1).text());
  }

  private int score(TextUnit unit, int s, int from, int e, List<String> words, boolean titled, boolean speech,
      boolean roleNearby) {
    List<Token> tokens = unit.tokens();
    int score = 0;
    String first = words.get(0);
    Token firstToken = tokens.get(from);
    if (lexicon.isGivenName(first)) {
      score += 2;
    } else if (firstToken.kind() == Token.Kind.INITIALS && words.size() > 1) {
      score += 2;
    } else if (lexicon.isFamilyNameFirst(first) && words.size() <= 3 && words.size() > 1) {
      score += 2;
    }
    if (titled || words.size() > 1 && isRegnal(words.get(words.size() - 1))) {
      score += 2;
    }
    for (String w : words) {
      if (NameLexicon.isTrailingParticle(w)) {
        score += 2;
      } else if (NameLexicon.isParticle(w) || isPrefixed(w)) {
        score += 1;
      }
    }
    if (speech) {
      score += 1;
    }
    if (roleNearby) {
      score += 1;
    }
    if (!unit.sentenceStart()[s] && words.size() <= 3 && allNameShaped(words)) {
      score += 1;
    }
    if (endsWithAny(words.get(words.size() - 1), SURNAME_ENDINGS)
        || (words.size() >= 2 && lexicon.isCommonSurname(words.get(words.size() - 1)))) {
      score += 1;
    }
    if (s > 0 && tokens.get(s - 1).kind() == Token.Kind.WORD && PLACE_PREPOSITIONS.contains(tokens.get(s - 1).text())) {
      score -= 1;
    }
    if (e < tokens.size() && tokens.get(e).is("(") && e + 2 < tokens.size()
        && gazetteer.match(tokens, e + 1, false) != null) {
      score += 2; // "Jan Novak (Slovakia)"
    } else if (e + 1 < tokens.size() && tokens.get(e).is("of") && ofCountry(tokens, e + 1)) {
      score += 1; // "Shanelle Baptiste of Trinidad and Tobago"
    } else if (words.size() >= 2 && listSlotBefore(tokens, s) && listSlotAfter(tokens, e)) {
      score += 1; // "Scorers: Jan Novak, Petr Svoboda", "12 - Jan Novak;"
    }
    if (e + 1 < tokens.size() && tokens.get(e).is(",") && tokens.get(e + 1).is("who")) {
      score += 1; // "Ottilie Brandt, who finished third ..."
    }
    if (signOff(tokens, s, e)) {
      score += 2; // "-- Jana Novak, Prague Newsroom +420 ..."
    }
    if (ageAfter(tokens, e) || markedByLayout(tokens, s, e)) {
      score += 2; // "Jan Novak, 24, said", "Jan Novak (47th)", "c Novak b Svoboda"
    }
    if (e + 1 < tokens.size() && tokens.get(e).kind() == Token.Kind.WORD
        && Character.isLowerCase(tokens.get(e).text().codePointAt(0))
        && (tokens.get(e + 1).is("his") || tokens.get(e + 1).is("her"))) {
      score += 1; // "Jan Novak retained his title"
    }
    return score;
  }

  private boolean ofCountry(List<Token> tokens, int i) {
    CountryGazetteer.Match m = gazetteer.match(tokens, i, false);
    return m != null && m.entry().code() != null
        && (m.entry().kind() == CountryGazetteer.Kind.NAME || m.entry().kind() == CountryGazetteer.Kind.ALIAS)
        && (m.to() >= tokens.size() || !tokens.get(m.to()).isCapitalised());
  }

  private static boolean listSlotBefore(List<Token> tokens, int s) {
    if (s == 0) {
      return false;
    }
    Token p = tokens.get(s - 1);
    if (p.kind() == Token.Kind.NUMBER || p.is(",") || p.is(";") || p.is(":") || p.is("(")) {
      return true;
    }
    return (p.is("-") || p.is("–")) && s > 1 && tokens.get(s - 2).kind() == Token.Kind.NUMBER;
  }

  private static boolean listSlotAfter(List<Token> tokens, int e) {
    if (e >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(e);
    return t.is(",") || t.is(";") || t.is(")") || t.is("(") || t.kind() == Token.Kind.NUMBER;
  }

  /** A reporter's sign-off line: "-- Name, City Newsroom" or "-- Name, City newsroom". */
  private static boolean signOff(List<Token> tokens, int s, int e) {
    if (s < 2 || s > 3 || !tokens.get(s - 1).is("-") || !tokens.get(s - 2).is("-") || e + 2 >= tokens.size()
        || !tokens.get(e).is(",")) {
      return false;
    }
    for (int i = e + 1; i < Math.min(tokens.size(), e + 5); i++) {
      if (tokens.get(i).text().equalsIgnoreCase("newsroom") || tokens.get(i).text().equalsIgnoreCase("bureau")) {
        return true;
      }
    }
    return false;
  }

  /** ", 24," or ", 24." after a name: an age. */
  private static boolean ageAfter(List<Token> tokens, int e) {
    if (e + 2 >= tokens.size() || !tokens.get(e).is(",") || tokens.get(e + 1).kind() != Token.Kind.NUMBER) {
      return false;
    }
    String n = tokens.get(e + 1).text();
    if (n.length() > 3 || !n.chars().allMatch(Character::isDigit) || Integer.parseInt(n) < 1 || Integer.parseInt(n) > 115) {
      return false;
    }
    Token after = tokens.get(e + 2);
    return after.is(",") || after.is(".") || after.is(";") || after.is(")") || after.is("--") || after.is("-")
        || after.is("—") || after.is("years");
  }

  /**
   * Layout that only people get: a scorer's minute ("Novak (47th)", "Novak 81st minute") and
   * cricket scorecard notation ("c Novak b Svoboda", "lbw b Svoboda", "st Novak").
   */
  static boolean markedByLayout(List<Token> tokens, int s, int e) {
    if (s > 0) {
      Token p = tokens.get(s - 1);
      if (p.kind() == Token.Kind.WORD && SCORECARD_MARKS.contains(p.text())
          && (s < 2 || tokens.get(s - 2).kind() != Token.Kind.WORD || !Character.isLowerCase(tokens.get(s - 2).text().codePointAt(0))
              || SCORECARD_MARKS.contains(tokens.get(s - 2).text()))) {
        return true;
      }
    }
    if (e + 1 < tokens.size() && tokens.get(e).kind() == Token.Kind.WORD) {
      Token mark = tokens.get(e);
      Token next = tokens.get(e + 1);
      if (SCORECARD_MARKS.contains(mark.text()) && (next.isCapitalised() || SCORECARD_MARKS.contains(next.text()))) {
        return true; // "Novak c Svoboda b Dvorak"
      }
      if ((mark.is("run") || mark.is("not")) && next.is("out")) {
        return true;
      }
    }
    if (e < tokens.size() && tokens.get(e).kind() == Token.Kind.NUMBER && BOWLING.matcher(tokens.get(e).text()).matches()) {
      return true; // bowling figures "Novak 10-1-45-2"
    }
    int i = e;
    if (i < tokens.size() && tokens.get(i).is("(")) {
      i++;
    }
    if (i >= tokens.size() || tokens.get(i).kind() != Token.Kind.NUMBER || !ORDINAL.matcher(tokens.get(i).text()).matches()) {
      return false;
    }
    if (i > e) {
      return true;
    }
    Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    return after != null && (after.is("minute") || after.is("min") || after.is(")") || after.is(";"));
  }

  private static final Pattern BOWLING = Pattern.compile("\\d{1,2}(?:\\.\\d)?-\\d{1,2}-\\d{1,3}-\\d{1,2}");

  static boolean isRegnal(String w) {
    if (w.length() < 2 || w.length() > 5) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c != 'I' && c != 'V' && c != 'X') {
        return false;
      }
    }
    return REGNAL.matcher(w).matches();
  }

  /** Regnal numbers after a name, from II (a lone "I" is too often the pronoun). */
  static final Pattern REGNAL = Pattern.compile("(?:X{0,2})(?:IX|IV|VI{0,3}|I{2,3})|X{1,2}I{0,3}");
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
  private static final Set<String> SCORECARD_MARKS = Set.of("b", "c", "st", "lbw");

  private static boolean allNameShaped(List<String> words) {
    for (String w : words) {
      if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The apposition after a name: ", Deputy Minister of Foreign Affairs of Kazakhstan," or ", a
   * lecturer at HUFS who ..." (without its article, cut before a relative clause), or null.
   */
  String appositionAfter(TextUnit unit, int e) {
    List<Token> tokens = unit.tokens();
    if (e >= tokens.size() || !tokens.get(e).is(",")) {
      return null;
    }
    int from = e + 1;
    if (from < tokens.size() && tokens.get(from).kind() == Token.Kind.WORD) {
      String w = tokens.get(from).text();
      if (w.equals("a") || w.equals("an") || w.equals("the") || w.equals("A") || w.equals("The")) {
        from++;
      }
    }
    int to = from;
    boolean hasRole = false;
    boolean firstIsTitle = from < tokens.size() && lexicon.titleAt(tokens, from, tokens.size()) != null;
    while (to < tokens.size() && to - from < 25) {
      Token t = tokens.get(to);
      if (t.kind() == Token.Kind.PUNCT && !t.is("'s") && !t.is("-") && !t.is("&")) {
        break;
      }
      if (t.kind() == Token.Kind.WORD && (RELATIVE.contains(t.text()) || lexicon.isSpeechVerb(t.text()))) {
        break;
      }
      if (t.isWord() && lexicon.isRoleNoun(t.text())) {
        hasRole = true;
      }
      to++;
    }
    boolean age = from + 2 < to && tokens.get(from).kind() == Token.Kind.NUMBER && tokens.get(from + 1).is("-");
    if (to == from || (!hasRole && !firstIsTitle) || (tokens.get(from).kind() == Token.Kind.NUMBER && !age)) {
      return null;
    }
    if (to - from >= 25) {
      return null;
    }
    return unit.span(from, to);
  }

  /** ", a spokesman for ...", ", the team's captain": an apposition that opens with a role. */
  private boolean rolePhraseAfter(TextUnit unit, int s, int e) {
    List<Token> tokens = unit.tokens();
    if (appositionAfter(unit, e) == null || e + 1 >= tokens.size() || !opensRole(tokens.get(e + 1))
        || (s > 0 && tokens.get(s - 1).kind() == Token.Kind.WORD && PLACE_PREPOSITIONS.contains(tokens.get(s - 1).text().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    for (int i = e + 1; i < Math.min(tokens.size(), e + 5); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.WORD && Character.isLowerCase(t.text().codePointAt(0)) && lexicon.isRoleNoun(t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised office printed before ", Name": "Georgia's First Deputy Minister of Economy, Nino
   * Kapanadze" gives "First Deputy Minister of Economy". The phrase starts after a possessive, an
   * article or the start of the sentence and must hold a role noun; or null.
   */
  private String officeBeforeComma(TextUnit unit, int end) {
    List<Token> tokens = unit.tokens();
    int from = end;
    boolean role = false;
    while (from > 0 && end - from < 8) {
      Token t = tokens.get(from - 1);
      if (t.kind() != Token.Kind.WORD) {
        break;
      }
      String w = t.text();
      boolean capital = Character.isUpperCase(w.codePointAt(0));
      if (!capital && !OFFICE_CONNECTORS.contains(w)) {
        break;
      }
      if (capital && lexicon.isRoleNoun(w)) {
        role = true;
      } else if (capital && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      from--;
      if (unit.sentenceStart()[from]) {
        break;
      }
    }
    while (from < end && OFFICE_CONNECTORS.contains(tokens.get(from).text())) {
      from++;
    }
    if (!role || from >= end || OFFICE_CONNECTORS.contains(tokens.get(end - 1).text())) {
      return null;
    }
    Token before = from > 0 ? tokens.get(from - 1) : null;
    boolean bounded = before == null || unit.sentenceStart()[from] || before.is("'s") || before.is("the")
        || before.is("The") || before.is("a") || before.is("former") || before.kind() == Token.Kind.PUNCT;
    return bounded ? unit.span(from, end) : null;
  }

  private static final Set<String> FIRM_ENDINGS = Set.of("Co", "Co.", "Company", "Sons", "Partners", "Associates", "Cie");
  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "after",
          "before", "when", "while", "if", "this", "that", "these", "those", "his", "her", "its", "their", "our", "said");
  private static final Set<String> OFFICE_CONNECTORS = Set.of("of", "for", "and", "the", "on");

  private boolean opensRole(Token t) {
    String w = t.text();
    return w.equals("a") || w.equals("an") || w.equals("the") || lexicon.isRoleNoun(w) || ROLE_MODIFIERS.contains(w)
        || lexicon.titleAt(List.of(t), 0, 1) != null;
  }

  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose", "where", "whom", "when");

  /**
   * The role printed right before a name: "Blaze captain", "U.S. deputy ambassador", or, before
   * a comma, "Britain's deputy ambassador, Fiona McAllister" gives "deputy ambassador"; or null.
   */
  String roleBefore(TextUnit unit, int s) {
    List<Token> tokens = unit.tokens();
    int end = s;
    if (end > 0 && tokens.get(end - 1).is(",")) {
      end--;
    }
    if (end < s) {
      String office = officeBeforeComma(unit, end);
      if (office != null) {
        return office;
      }
    }
    if (end == 0 || !tokens.get(end - 1).isWord() || !lexicon.isRoleNoun(tokens.get(end - 1).text())
        || Character.isUpperCase(tokens.get(end - 1).text().codePointAt(0))) {
      return null;
    }
    int from = end - 1;
    while (from > 0 && end - from < 6) {
      Token t = tokens.get(from - 1);
      if (t.kind() == Token.Kind.INITIALS && t.text().length() <= 6) {
        from--;
        continue;
      }
      if (t.kind() != Token.Kind.WORD) {
        break;
      }
      String w = t.text();
      boolean capital = Character.isUpperCase(w.codePointAt(0));
      if (unit.sentenceStart()[from - 1] && capital && lexicon.isNotNameWord(w)) {
        break;
      }
      if (capital ? !lexicon.isNotNameWord(w) : (lexicon.isRoleNoun(w) || ROLE_MODIFIERS.contains(w))) {
        from--;
      } else {
        break;
      }
    }
    return unit.span(from, end);
  }
}
