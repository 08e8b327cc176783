package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;

/**
 * Finds direct quotes and their speakers. Each quoted span is one quote; the speaker is the person
 * next to the nearest speech verb of the paragraph ("Vassilenko said", "said Chu", "he said": the
 * most recent person); a paragraph that opens with a quote and has no attribution of its own goes
 * to the last speaker. Short quoted phrases (titles, scare quotes, slogans) are not quotes.
 */
final class QuoteExtractor {
  private static final int MIN_WORDS = 4;
  private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");

  private final NameLexicon lexicon;

  QuoteExtractor(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  private record Span(int start, int end) {}

  private record Attribution(int position, int person) {}

  List<Quote> extract(List<TextUnit> units, PeopleExtractor.Result people) {
    List<Quote> quotes = new ArrayList<>();
    List<PersonMention> persons = people.people();
    int lastSpeaker = -1;
    int mentionCursor = 0;
    List<PeopleExtractor.Mention> mentions = people.mentions();
    int lastMentioned = -1;
    for (TextUnit unit : units) {
      List<Span> spans = quoteSpans(unit.text());
      List<PeopleExtractor.Mention> here = new ArrayList<>();
      while (mentionCursor < mentions.size() && mentions.get(mentionCursor).unit() < unit.index()) {
        PeopleExtractor.Mention m = mentions.get(mentionCursor++);
        if (!m.quoted()) {
          lastMentioned = m.person();
        }
      }
      int k = mentionCursor;
      while (k < mentions.size() && mentions.get(k).unit() == unit.index()) {
        here.add(mentions.get(k++));
      }
      List<Attribution> attributions = attributions(unit, here, lastMentioned);
      for (Span span : spans) {
        String text = unit.text().substring(span.start(), span.end()).strip();
        if (wordCount(text) < MIN_WORDS) {
          continue;
        }
        int speaker = -1;
        int best = Integer.MAX_VALUE;
        for (Attribution a : attributions) {
          int distance = a.position() < span.start() ? span.start() - a.position() : a.position() - span.end();
          if (distance >= 0 && distance < best) {
            best = distance;
            speaker = a.person();
          }
        }
        if (speaker < 0 && attributions.isEmpty() && span.start() <= 1) {
          speaker = lastSpeaker;
        }
        if (speaker >= 0) {
          quotes.add(new Quote(persons.get(speaker).name(), text));
          lastSpeaker = speaker;
        }
      }
      for (PeopleExtractor.Mention m : here) {
        if (!m.quoted()) {
          lastMentioned = m.person();
        }
      }
      mentionCursor = k;
    }
    return quotes;
  }

  private List<Attribution> attributions(TextUnit unit, List<PeopleExtractor.Mention> here, int lastMentioned) {
    List<Attribution> out = new ArrayList<>();
    List<Token> tokens = unit.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (unit.inQuote()[i] || t.kind() != Token.Kind.WORD || !lexicon.isSpeechVerb(t.text())) {
        if (t.kind() == Token.Kind.WORD && (t.is("According") || t.is("according"))) {
          int p = personNear(here, t.end(), t.end() + 40, true);
          if (p >= 0) {
            out.add(new Attribution(t.start(), p));
          }
        }
        continue;
      }
      // "Name said", "Name, a role, said", "said Name", "he said"
      int person = -1;
      if (i > 0 && PRONOUNS.contains(tokens.get(i - 1).text())) {
        person = mostRecent(here, t.start(), lastMentioned);
      } else {
        person = personNear(here, Math.max(0, t.start() - 120), t.start(), false);
      }
      if (person < 0) {
        person = personNear(here, t.end(), t.end() + 60, true);
      }
      if (person < 0 && i > 1 && PRONOUNS.contains(tokens.get(i - 2).text())) {
        person = mostRecent(here, t.start(), lastMentioned);
      }
      if (person >= 0) {
        out.add(new Attribution(t.start(), person));
      }
    }
    return out;
  }

  /** The unquoted mention closest to the window's verb side, inside [from, to), or -1. */
  private static int personNear(List<PeopleExtractor.Mention> here, int from, int to, boolean first) {
    int found = -1;
    for (PeopleExtractor.Mention m : here) {
      if (!m.quoted() && m.start() >= from && m.end() <= to) {
        found = m.person();
        if (first) {
          return found;
        }
      }
    }
    return found;
  }

  private static int mostRecent(List<PeopleExtractor.Mention> here, int before, int lastMentioned) {
    int found = lastMentioned;
    for (PeopleExtractor.Mention m : here) {
      if (!m.quoted() && m.end() <= before) {
        found = m.person();
      }
    }
    return found;
  }

  /**
   * How many words a stripped text has, as {@code text.split("\\s+").length} counts them (an empty
   * text counts one), without making the pieces.
   */
  private static int wordCount(String text) {
    if (text.isEmpty()) {
      return 1;
    }
    int words = 0;
    boolean inWord = false;
    for (char c : text.toCharArray()) {
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** The quoted spans of a paragraph; an unclosed quote runs to the end of the paragraph. */
  private static List<Span> quoteSpans(String text) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '“' || c == '«' || c == '„') {
        if (open < 0) {
          open = i + 1;
        }
      } else if (c == '”' || c == '»') {
        if (open >= 0) {
          spans.add(new Span(open, i));
          open = -1;
        }
      } else if (c == '"') {
        if (open < 0) {
          open = i + 1;
        } else {
          spans.add(new Span(open, i));
          open = -1;
        }
      }
    }
    if (open >= 0 && open < text.length()) {
      spans.add(new Span(open, text.length()));
    }
    return spans;
  }
}
