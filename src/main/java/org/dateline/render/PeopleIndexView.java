package org.dateline.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dateline.model.Person;

/** The people index grouped by the initial of the surname, A to Z ("#" for the rest). */
final class PeopleIndexView {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** One letter of the index and the people filed under it. */
  record Letter(String letter, List<Person> people) {}

  private PeopleIndexView() {}

  static List<Letter> letters(List<Person> people) {
    Map<String, List<Person>> byLetter = new TreeMap<>();
    for (Person p : people) {
      byLetter.computeIfAbsent(initial(p.name()), k -> new ArrayList<>()).add(p);
    }
    List<Letter> out = new ArrayList<>();
    byLetter.forEach((letter, list) -> out.add(new Letter(letter, list)));
    return out;
  }

  static String initial(String name) {
    String[] words = SPACES.split(name.strip());
    String surname = words[words.length - 1];
    String folded = MARKS.matcher(Normalizer.normalize(surname, Normalizer.Form.NFKD)).replaceAll("");
    char c = folded.isEmpty() ? '#' : Character.toUpperCase(folded.charAt(0));
    return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
  }
}
