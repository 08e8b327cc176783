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
    StringBuilder out = new StringBuilder(html.length());
    int n = html.length();
    int nextClose = -2; // index of the next '>' at or after i, -1 when there is none
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        if (nextClose != -1 && nextClose < i) {
          nextClose = html.indexOf('>', i);
        }
        if (nextClose >= 0) {
          space(out);
          i = nextClose + 1;
          continue;
        }
      } else if (c == '&') {
        String decoded = entityAt(html, i);
        if (decoded != null) {
          out.append(decoded);
          i = html.indexOf(';', i) + 1;
          continue;
        }
      } else if (isRegexSpace(c)) {
        space(out);
        i++;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString().strip();
  }

  private static String entityAt(String html, int i) {
    for (String[] entity : ENTITIES) {
      if (html.startsWith(entity[0], i)) {
        return entity[1];
      }
    }
    return null;
  }

  /** One space for a run of white space or tags. */
  private static void space(StringBuilder out) {
    if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  /** What {@code \s} matches in a Java regular expression. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
