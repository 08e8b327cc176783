package org.dateline.extract;

import java.util.List;

/**
 * A capitalised phrase that may name a person, with the evidence weighed for it.
 *
 * @param unit the paragraph
 * @param from first token of the name (titles and leading function words removed)
 * @param to end token of the name (exclusive)
 * @param words the words of the name as printed
 * @param titleRole the office title printed before the name ("President"), or null
 * @param titled true when any title or honorific stands before the name ("Dr.", "Mr.")
 * @param score the evidence that this is a person's full name
 * @param speechAdjacent a speech verb stands right before or after the name
 * @param described a role apposition follows the name or a role noun precedes it
 * @param listed the layout marks a person: an age after the name, a scorer's minute, scorecard notation
 * @param nicknamed a nickname in quotes or brackets stands inside the name and is not part of
 *     {@code words} (Teodor "The Anvil" Brankovic)
 */
record NameCandidate(
    TextUnit unit,
    int from,
    int to,
    List<String> words,
    String titleRole,
    boolean titled,
    int score,
    boolean speechAdjacent,
    boolean described,
    boolean listed,
    boolean nicknamed) {

  String text() {
    return nicknamed ? String.join(" ", words) : unit.span(from, to);
  }

  int nameWordCount() {
    int n = 0;
    for (String w : words) {
      if (!NameLexicon.isParticle(w) && !NameLexicon.isTrailingParticle(w)) {
        n++;
      }
    }
    return n;
  }

  boolean quoted() {
    return unit.inQuote()[from];
  }
}
