package org.dateline.render.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search terms, the same way here and in {@code assets/search.js}: Unicode
 * NFKD, accents removed, lower case, split on anything that is not a letter or digit, common
 * English words dropped. Terms are put in shards by an FNV-1a hash both sides compute alike.
 */
public final class SearchTokens {
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has",
          "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that",
          "the", "their", "they", "this", "to", "was", "were", "will", "with");
  static final int MAX_TERM = 40;
  /** The length of the longest stop word: no longer term need be looked up. */
  private static final int STOP_WORD_LENGTH = STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Receives each term of a text and the offset in the text where it starts. */
  @FunctionalInterface
  interface TermSink {
    void term(String term, int offset);
  }

  private SearchTokens() {}

  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    forEachTerm(text, (term, offset) -> out.add(term));
    return out;
  }

  /**
   * Calls {@code sink} with each term of {@code text} in order. One pass over the text; only
   * words with non-ASCII letters go through Unicode normalisation.
   */
  static void forEachTerm(String text, TermSink sink) {
    char[] chars = text.toCharArray(); // array reads: a String's charAt costs a call a character
    char[] lower = new char[MAX_TERM];
    int n = chars.length;
    int i = 0;
    while (i < n) {
      if (!isWordChar(chars[i])) {
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && isWordChar(chars[i])) {
        ascii &= chars[i] < 128;
        i++;
      }
      if (ascii) {
        // lower-cased as it is copied out; a word longer than a term can be is no term
        if (i - start <= MAX_TERM) {
          for (int k = start; k < i; k++) {
            char c = chars[k];
            lower[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
          }
          emit(new String(lower, 0, i - start), start, sink);
        }
      } else {
        String word = new String(chars, start, i - start);
        String folded =
            MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String part : SEPARATORS.split(folded)) {
          emit(part, start, sink);
        }
      }
    }
  }

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER
        || Character.isSurrogate(c);
  }

  private static void emit(String term, int offset, TermSink sink) {
    if (!term.isEmpty() && term.length() <= MAX_TERM && !(term.length() <= STOP_WORD_LENGTH && STOP_WORDS.contains(term))) {
      sink.term(term, offset);
    }
  }

  static final int FNV_OFFSET = 0x811c9dc5;
  static final int FNV_PRIME = 16777619;

  /** The shard of {@code term} among {@code shards}: FNV-1a over UTF-16 code units. */
  public static int shard(String term, int shards) {
    int h = FNV_OFFSET;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= FNV_PRIME;
    }
    return Integer.remainderUnsigned(h, shards);
  }
}
