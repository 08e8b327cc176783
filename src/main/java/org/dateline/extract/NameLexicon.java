package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that tell names from other capitalised words: given names, East Asian family
 * names, titles and honorifics, role nouns, organisation and place words, words that are never
 * names, speech verbs. Loaded once from the bundled data files.
 */
final class NameLexicon {
  /** A title before a name: its words, and whether it names an office (a role). */
  record Title(List<String> words, boolean office) {}

  /** Connectors inside a name ("van der", "al", "bin"); lower case. */
  private static final Set<String> PARTICLES =
      Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la",
          "le", "bin", "bint", "ibn", "al", "el", "ter", "ten", "y", "e", "zu", "af", "abu", "ould", "ben", "wa");
  /** Words that close a Central Asian or Turkic name ("kyzy", "uulu"). */
  private static final Set<String> TRAILING_PARTICLES =
      Set.of("kyzy", "uulu", "ogly", "oglu", "uly", "qizi", "kizi", "ugli");

  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> familyNamesFirst = new HashSet<>();
  private final Set<String> surnames = new HashSet<>();
  private final Set<String> notNameWords = new HashSet<>();
  private final Set<String> orgWords = new HashSet<>();
  private final Set<String> roleNouns = new HashSet<>();
  private final Set<String> speechVerbs = new HashSet<>();
  private final Map<String, List<Title>> titlesByFirstWord = new HashMap<>();
  private final Set<String> organisations = new HashSet<>();

  NameLexicon() {
    givenNames.addAll(WordLists.words("given-names.txt"));
    familyNamesFirst.addAll(WordLists.words("cjk-surnames.txt"));
    surnames.addAll(WordLists.words("surnames.txt"));
    for (String w : WordLists.lines("not-name-words.txt")) {
      notNameWords.add(w.toLowerCase(Locale.ROOT));
    }
    orgWords.addAll(WordLists.lines("org-words.txt"));
    roleNouns.addAll(WordLists.words("role-nouns.txt"));
    speechVerbs.addAll(WordLists.lines("speech-verbs.txt"));
    for (String org : WordLists.lines("organisations.txt")) {
      organisations.add(joined(Tokenizer.tokenize(org), 0, Integer.MAX_VALUE));
    }
    for (String line : WordLists.lines("titles.txt")) {
      String[] f = line.split("\t");
      List<String> words = new ArrayList<>();
      for (String w : f[0].split(" ")) {
        words.add(stripDot(w));
      }
      Title title = new Title(List.copyOf(words), f.length > 1 && f[1].strip().equals("office"));
      titlesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(title);
    }
    for (List<Title> list : titlesByFirstWord.values()) {
      list.sort(Comparator.comparingInt((Title t) -> t.words().size()).reversed());
    }
  }

  private static String joined(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }

  /** True when tokens {@code [from, end)} start with a known organisation ("Morgan Stanley"). */
  boolean startsWithOrganisation(List<Token> tokens, int from, int end) {
    for (int len = 1; len <= 4 && from + len <= end; len++) {
      if (organisations.contains(joined(tokens, from, from + len))) {
        return true;
      }
    }
    return false;
  }

  static String stripDot(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  boolean isGivenName(String w) {
    if (givenNames.contains(w)) {
      return true;
    }
    int dash = w.indexOf('-');
    return dash > 0 && givenNames.contains(w.substring(0, dash));
  }

  /** A very common family name ("Khan", "Nguyen", "Schmidt"). */
  boolean isCommonSurname(String w) {
    return surnames.contains(w);
  }

  boolean isFamilyNameFirst(String w) {
    return familyNamesFirst.contains(w);
  }

  boolean isNotNameWord(String w) {
    return notNameWords.contains(w.toLowerCase(Locale.ROOT));
  }

  boolean isOrgWord(String w) {
    return orgWords.contains(w);
  }

  boolean isRoleNoun(String w) {
    return roleNouns.contains(w.toLowerCase(Locale.ROOT));
  }

  boolean isSpeechVerb(String w) {
    return speechVerbs.contains(w);
  }

  private static final Set<String> TIME_WORDS =
      Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
          "March", "September", "October", "November", "December", "Today", "Tomorrow", "Yesterday", "Tonight");

  /** Weekdays, months that are never given names, and day words. */
  static boolean isTimeWord(String w) {
    return TIME_WORDS.contains(w);
  }

  static boolean isParticle(String w) {
    return PARTICLES.contains(w);
  }

  static boolean isTrailingParticle(String w) {
    return TRAILING_PARTICLES.contains(w);
  }

  /** The longest title whose words start at {@code tokens[i]}, or null. */
  Title titleAt(List<Token> tokens, int i, int end) {
    List<Title> candidates = titlesByFirstWord.get(stripDot(tokens.get(i).text()));
    if (candidates == null) {
      return null;
    }
    for (Title t : candidates) {
      int n = t.words().size();
      if (i + n > end) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        ok = stripDot(tokens.get(i + k).text()).equals(t.words().get(k));
      }
      if (ok) {
        return t;
      }
    }
    return null;
  }
}
