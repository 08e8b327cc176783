package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into tokens in one left-to-right pass (linear time, no regular expressions). Words
 * keep inner hyphens and apostrophes ("Young-min", "O'Gorman"); a possessive "'s" becomes its own
 * token; a known abbreviation keeps its dot ("Dr.", "Sen.", "Nov."); capital initials form one
 * token ("R.", "A.P.", "U.S.").
 */
final class Tokenizer {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "sen", "gen", "gov", "rep", "lt", "col", "capt", "sgt",
          "prof", "jr", "sr", "rev", "maj", "brig", "adm", "cmdr", "cpl", "pvt", "mt", "ft", "no",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "calif", "conn", "mass", "mich", "wash", "del", "fla", "ill", "penn", "va", "md", "vt",
          "ariz", "colo", "ind", "kan", "minn", "tenn", "tex", "wis", "ore", "okla", "neb", "nev",
          "co", "corp", "inc", "ltd", "bros", "vs", "etc", "approx", "dept", "univ", "mme", "messrs");

  /** Each ASCII character as a string, made once: most punctuation is ASCII. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private Tokenizer() {}

  static boolean isQuoteChar(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    char[] chars = text.toCharArray(); // array reads: a String's charAt costs a call a character
    int n = chars.length;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isLetter(c)) {
        i = word(text, chars, i, tokens);
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < n
            && (Character.isLetterOrDigit(chars[j])
                || ((chars[j] == '.' || chars[j] == ',' || chars[j] == '-')
                    && j + 1 < n
                    && Character.isDigit(chars[j + 1])))) {
          j++;
        }
        tokens.add(new Token(text.substring(i, j), i, j, Token.Kind.NUMBER));
        i = j;
      } else if (Character.isSurrogate(c) && i + 1 < n) {
        tokens.add(new Token(text.substring(i, i + 2), i, i + 2, Token.Kind.PUNCT));
        i += 2;
      } else {
        tokens.add(new Token(c < ASCII.length ? ASCII[c] : String.valueOf(c), i, i + 1, Token.Kind.PUNCT));
        i++;
      }
    }
    return tokens;
  }

  /** {@link Character#isLetter}, answered without a lookup for ASCII. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c);
  }

  /** {@link Character#isUpperCase}, answered without a lookup for ASCII. */
  private static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static boolean isCombiningMark(char c) {
    if (c < 0x300) { // below the combining diacritical marks, no character is one
      return false;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static int word(String text, char[] chars, int i, List<Token> tokens) {
    int n = chars.length;
    // Initials: "R.", "A.P.", "U.S.", "U.N."
    if (isUpperCase(chars[i]) && i + 1 < n && chars[i + 1] == '.') {
      int j = i;
      while (j + 1 < n && isUpperCase(chars[j]) && chars[j + 1] == '.') {
        j += 2;
        if (j < n && chars[j] == ' ' && j + 2 < n && isUpperCase(chars[j + 1])
            && chars[j + 2] == '.' && (j + 3 >= n || !isLetter(chars[j + 3]))) {
          break;
        }
      }
      if (j >= n || !isLetter(chars[j])) {
        tokens.add(new Token(text.substring(i, j), i, j, Token.Kind.INITIALS));
        return j;
      }
    }
    int j = i + 1;
    while (j < n) {
      char c = chars[j];
      if (isLetter(c) || isCombiningMark(c)) {
        j++;
      } else if ((c == '-' || isApostrophe(c) || c == '‐')
          && j + 1 < n && isLetter(chars[j + 1])) {
        if (isApostrophe(c) && (chars[j + 1] == 's' || chars[j + 1] == 'S')
            && (j + 2 >= n || !isLetter(chars[j + 2]))) {
          break; // possessive
        }
        j++;
      } else {
        break;
      }
    }
    String w = text.substring(i, j);
    if (j < n && chars[j] == '.' && ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
        && Character.isUpperCase(w.charAt(0))) {
      tokens.add(new Token(w + ".", i, j + 1, Token.Kind.WORD));
      return j + 1;
    }
    tokens.add(new Token(w, i, j, Token.Kind.WORD));
    if (j + 1 < n && isApostrophe(chars[j]) && (chars[j + 1] == 's' || chars[j + 1] == 'S')
        && (j + 2 >= n || !isLetter(chars[j + 2]))) {
      tokens.add(new Token("'s", j, j + 2, Token.Kind.PUNCT));
      return j + 2;
    }
    if (j < n && isApostrophe(chars[j]) && w.endsWith("s")
        && (j + 1 >= n || !isLetter(chars[j + 1]))) {
      tokens.add(new Token("'s", j, j + 1, Token.Kind.PUNCT));
      return j + 1;
    }
    return j;
  }
}
