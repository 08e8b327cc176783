package org.dateline.render.pebble;

/**
 * Pebble's "html" escaping, the one every printed value goes through: the five characters that
 * mean something in markup become {@code &quot; &amp; &#39; &lt; &gt;}, as unbescape's {@code
 * escapeHtml4Xml} (Pebble's own strategy) makes them, and a text without any is returned as it is.
 * One pass over the characters, with nothing made for the commonest case.
 */
final class MarkupEscaper {
  private MarkupEscaper() {}

  static String escape(String text) {
    char[] chars = text.toCharArray(); // array reads: a String's charAt costs a call a character
    int n = chars.length;
    int i = 0;
    while (i < n && !isMarkup(chars[i])) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 16);
    int run = 0; // the text since the last escaped character, appended in one piece
    for (; i < n; i++) {
      String entity = switch (chars[i]) {
        case '"' -> "&quot;";
        case '&' -> "&amp;";
        case '\'' -> "&#39;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        default -> null;
      };
      if (entity != null) {
        out.append(chars, run, i - run).append(entity);
        run = i + 1;
      }
    }
    return out.append(chars, run, n - run).toString();
  }

  private static boolean isMarkup(char c) {
    return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'';
  }
}
