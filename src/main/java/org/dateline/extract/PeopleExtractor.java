package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.PersonMention;

/**
 * Finds the people a story names. Full names (two or more name words with enough evidence) are
 * gathered first; shorter mentions (surname, first name, title and surname) then resolve to the
 * full name they are part of, the most recently mentioned first. A lone word becomes a person of
 * its own only with strong evidence (a title, a speech verb) and no full name to join.
 */
final class PeopleExtractor {
  /** Plural agent nouns that open sentences ("Organisers said", "Forecasters warned"). */
  private static final Pattern COMMON_NOUN_ENDING =
      Pattern.compile(".*(?:ers|ors|ists|ians|ants|ents|ies|ives)$");

  /** Words before a lone capitalised word that make it a place ("in Kastoria", "town of Bressuire"). */
  private static final Set<String> PLACE_WORDS_BEFORE = Set.of("in", "at", "from", "near", "of", "outside", "across", "to");
  /** Words that may follow "said Name". */
  private static final Set<String> AFTER_SPEAKER =
      Set.of("on", "in", "at", "who", "when", "after", "as", "of", "and", "but", "last", "this", "adding", "before",
          "during", "while", "from", "to", "with");

  private final NameLexicon lexicon;
  private final NameFinder finder;

  PeopleExtractor(NameLexicon lexicon, CountryGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.finder = new NameFinder(lexicon, gazetteer);
  }

  /** A mention of a person in a paragraph, by character offsets. */
  record Mention(int person, int unit, int start, int end, boolean quoted) {}

  /** The people of a story and where each is mentioned. */
  record Result(List<PersonMention> people, List<Mention> mentions) {
    static final Result NONE = new Result(List.of(), List.of());
  }

  private static final class Person {
    List<String> words;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();

    Person(List<String> words, String name) {
      this.words = words;
      this.name = name;
    }
  }

  Result extract(List<TextUnit> units) {
    List<NameCandidate> candidates = new ArrayList<>();
    Set<String> orgWords = new HashSet<>();
    for (TextUnit unit : units) {
      NameFinder.Found found = finder.find(unit, false);
      candidates.addAll(found.candidates());
      orgWords.addAll(found.organisationWords());
    }
    Set<String> evidencedSingles = new HashSet<>();
    for (NameCandidate c : candidates) {
      if (c.words().size() == 1 && (c.speechAdjacent() || c.described() || c.titled() || c.listed())) {
        evidencedSingles.add(c.words().get(0));
      }
    }
    List<Person> people = new ArrayList<>();
    for (NameCandidate c : candidates) {
      int score = c.score();
      if (score == 1 && evidencedSingles.contains(c.words().get(c.words().size() - 1))) {
        score++;
      }
      if (c.nameWordCount() >= 2 && score >= 2) {
        Person match = findContaining(people, c.words(), -1, null);
        Person within = match == null ? findContained(people, c.words()) : null;
        if (match == null && within == null) {
          people.add(new Person(c.words(), c.text()));
        } else if (within != null) {
          within.aliases.add(within.name);
          within.words = c.words();
          within.name = c.text();
        }
      }
    }
    // A longer form of a name already found is its full form ("Lilian Jerotich Kemboi" beside
    // "Jerotich Kemboi, 26,"), even when it has too little evidence of its own.
    for (NameCandidate c : candidates) {
      if (c.score() < 2 && c.nameWordCount() >= 3 && c.words().size() <= 4 && !c.quoted()) {
        Person within = findContained(people, c.words());
        if (within != null && findContaining(people, c.words(), -1, null) == null
            && same(within.words.get(within.words.size() - 1), c.words().get(c.words().size() - 1))) {
          within.aliases.add(within.name);
          within.words = c.words();
          within.name = c.text();
        }
      }
    }
    Set<Integer> inPeopleLists = peopleLists(candidates, people);
    // Two- or three-word phrases that lacked evidence, by last word: the full form of a surname
    // that later proves to be a person ("Ilkka Varjonen struck ..." then "Varjonen (89th)").
    Map<String, NameCandidate> fullForms = new HashMap<>();
    Map<String, NameCandidate> fullFormsByFirst = new HashMap<>();
    for (NameCandidate c : candidates) {
      int words = c.nameWordCount();
      if (words >= 2 && words <= 3 && !c.quoted() && c.score() < 2) {
        fullForms.putIfAbsent(c.words().get(c.words().size() - 1), c);
        if (words == 2) {
          fullFormsByFirst.putIfAbsent(c.words().get(0), c); // "his wife Ilse" ... "Ilse Petrova"
        }
      }
    }
    List<Mention> mentions = new ArrayList<>();
    int[] lastSeen = new int[people.size() + candidates.size()];
    int clock = 0;
    for (int ci = 0; ci < candidates.size(); ci++) {
      NameCandidate c = candidates.get(ci);
      clock++;
      Person p = findContaining(people, c.words(), clock, lastSeen);
      if (p == null) {
        if (!acceptAlone(c, orgWords) && !(inPeopleLists.contains(ci) && acceptableWord(c, orgWords))) {
          continue;
        }
        NameCandidate full = c.words().size() == 1 ? fullForms.get(c.words().get(0)) : null;
        if (full == null && c.words().size() == 1 && (c.described() || c.titled())) {
          full = fullFormsByFirst.get(c.words().get(0));
        }
        if (full != null && findContaining(people, full.words(), -1, null) != null) {
          full = null;
        }
        p = full == null ? new Person(c.words(), c.text()) : new Person(full.words(), full.text());
        people.add(p);
      }
      int index = people.indexOf(p);
      lastSeen[index] = clock;
      if (!c.text().equals(p.name)) {
        p.aliases.add(c.text());
      }
      addRoles(p, c);
      Token first = c.unit().tokens().get(c.from());
      Token last = c.unit().tokens().get(c.to() - 1);
      mentions.add(new Mention(index, c.unit().index(), first.start(), last.end(), c.quoted()));
    }
    List<PersonMention> out = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (Mention m : mentions) {
      if (!order.contains(m.person())) {
        order.add(m.person());
      }
    }
    List<Mention> renumbered = new ArrayList<>();
    for (int index : order) {
      Person p = people.get(index);
      p.aliases.remove(p.name);
      out.add(new PersonMention(p.name, List.copyOf(p.aliases), List.copyOf(p.roles)));
    }
    for (Mention m : mentions) {
      renumbered.add(new Mention(order.indexOf(m.person()), m.unit(), m.start(), m.end(), m.quoted()));
    }
    return new Result(out, renumbered);
  }

  /**
   * Candidates that stand in a list of at least four names separated by commas ("Marsh, Tolland,
   * Brevik, Oduya, ...") in which at least a third are people already found: a line-up or a
   * results list, so the other surnames are people too.
   */
  private static Set<Integer> peopleLists(List<NameCandidate> candidates, List<Person> people) {
    Set<Integer> out = new HashSet<>();
    int runStart = 0;
    for (int k = 1; k <= candidates.size(); k++) {
      boolean joined = k < candidates.size() && listed(candidates.get(k - 1), candidates.get(k));
      if (joined) {
        continue;
      }
      int size = k - runStart;
      if (size >= 4) {
        int known = 0;
        for (int q = runStart; q < k; q++) {
          NameCandidate c = candidates.get(q);
          if (c.nameWordCount() >= 2 || findContaining(people, c.words(), -1, null) != null) {
            known++;
          }
        }
        if (known * 3 >= size && known >= 2) {
          for (int q = runStart; q < k; q++) {
            out.add(q);
          }
        }
      }
      runStart = k;
    }
    return out;
  }

  /** Two candidates next to each other in a list: same paragraph, only a comma or "and" between. */
  private static boolean listed(NameCandidate a, NameCandidate b) {
    if (a.unit() != b.unit() || b.from() != a.to() + 1) {
      return false;
    }
    Token between = a.unit().tokens().get(a.to());
    return between.is(",") || between.is(";") || between.is("and");
  }

  private boolean acceptableWord(NameCandidate c, Set<String> orgWords) {
    String w = c.words().get(0);
    return c.words().size() == 1 && !orgWords.contains(w) && w.length() >= 3 && !lexicon.isNotNameWord(w)
        && !COMMON_NOUN_ENDING.matcher(w).matches();
  }

  private boolean acceptAlone(NameCandidate c, Set<String> orgWords) {
    if (c.words().size() != 1 && c.score() < 2) {
      return c.titled() && c.score() >= 2;
    }
    String w = c.words().get(0);
    if (orgWords.contains(w) || w.length() < 3 || lexicon.isNotNameWord(w) || COMMON_NOUN_ENDING.matcher(w).matches()) {
      return false;
    }
    List<Token> tokens = c.unit().tokens();
    if (c.from() > 0 && !c.titled() && PLACE_WORDS_BEFORE.contains(tokens.get(c.from() - 1).text())) {
      return false; // "police in the town of Kastoria said"
    }
    if (!c.titled() && !c.described() && !c.listed() && c.speechAdjacent() && c.to() < tokens.size()) {
      // "told Denver radio stations": after the verb, a listener or object, not a speaker
      Token next = tokens.get(c.to());
      boolean verbBefore = c.from() > 0 && lexicon.isSpeechVerb(tokens.get(c.from() - 1).text());
      boolean verbAfter = lexicon.isSpeechVerb(next.text()) || next.is("also");
      if (verbBefore && !verbAfter && next.kind() == Token.Kind.WORD && Character.isLowerCase(next.text().codePointAt(0))
          && !AFTER_SPEAKER.contains(next.text())) {
        return false;
      }
    }
    return c.titled() || c.listed() || c.described() || (c.speechAdjacent() && !c.quoted());
  }

  private void addRoles(Person p, NameCandidate c) {
    if (c.titleRole() != null) {
      p.roles.add(c.titleRole());
    }
    int s = c.from();
    String after = finder.appositionAfter(c.unit(), c.to());
    if (after != null) {
      p.roles.add(after);
    }
    String before = finder.roleBefore(c.unit(), s);
    if (before != null) {
      p.roles.add(before);
    }
  }

  /** The person whose name contains {@code words} in order (most recently seen first), or null. */
  private static Person findContaining(List<Person> people, List<String> words, int clock, int[] lastSeen) {
    Person best = null;
    int bestSeen = -1;
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      if (isSubsequence(words, p.words)) {
        int seen = lastSeen == null ? 0 : lastSeen[i];
        if (best == null || seen > bestSeen) {
          best = p;
          bestSeen = seen;
        }
      }
    }
    return best;
  }

  private static Person findContained(List<Person> people, List<String> words) {
    for (Person p : people) {
      if (isSubsequence(p.words, words) && p.words.size() >= 2) {
        return p;
      }
    }
    return null;
  }

  /** True when every word of {@code part} appears in {@code whole}, in order. */
  static boolean isSubsequence(List<String> part, List<String> whole) {
    int j = 0;
    for (String w : whole) {
      if (j < part.size() && same(part.get(j), w)) {
        j++;
      }
    }
    return j == part.size() && !part.isEmpty();
  }

  private static boolean same(String a, String b) {
    if (a.equals(b) || NameLexicon.stripDot(a).equals(NameLexicon.stripDot(b))) {
      return true;
    }
    // "De Vries" opening a sentence is "Anouk de Vries"; "Van Gaal" is "Louis van Gaal"
    return a.equalsIgnoreCase(b) && NameLexicon.isParticle(a.toLowerCase(Locale.ROOT));
  }
}
