package org.dateline.render.search;

/**
 * The words of a story's body HTML, for the index: tags become spaces, the entities our HTML
 * uses ({@code &lt; &gt; &quot; &#39; &amp;}) their characters, runs of white space one space.
 * One pass over the text; the same result as the regular expressions it replaces.
 */
final class HtmlText {
  private static final String[][] ENTITIES = {
    {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}
  };

  private HtmlText() {}

  static String of(String html) {
    // array reads and writes: a String's charAt and a builder's append cost a call a character
    char[] in = html.toCharArray();
    char[] out = new char[in.length];
    int length = 0;
    int n = in.length;
    int nextClose = -2; // index of the next '>' at or after i, -1 when there is none
    int i = 0;
    while (i < n) {
      char c = in[i];
      if (c == '<') {
        if (nextClose != -1 && nextClose < i) {
          nextClose = indexOf(in, '>', i);
        }
        if (nextClose >= 0) {
          length = space(out, length);
          i = nextClose + 1;
          continue;
        }
      } else if (c == '&') {
        String[] entity = entityAt(html, i);
        if (entity != null) {
          out[length++] = entity[1].charAt(0);
          i += entity[0].length();
          continue;
        }
      } else if (isRegexSpace(c)) {
        length = space(out, length);
        i++;
        continue;
      }
      out[length++] = c;
      i++;
    }
    return new String(out, 0, length).strip();
  }

  private static int indexOf(char[] chars, char c, int from) {
    for (int i = from; i < chars.length; i++) {
      if (chars[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** The entity at {@code i} and its character, or null. */
  private static String[] entityAt(String html, int i) {
    for (String[] entity : ENTITIES) {
      if (html.startsWith(entity[0], i)) {
        return entity;
      }
    }
    return null;
  }

  /** One space for a run of white space or tags: the new length of {@code out}. */
  private static int space(char[] out, int length) {
    if (length == 0 || out[length - 1] != ' ') {
      out[length++] = ' ';
    }
    return length;
  }

  /** What {@code \s} matches in a Java regular expression. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
