package org.dateline.render.pebble;

/**
 * Pebble's "html" escaping, the one every printed value goes through: the five characters that
 * mean something in markup become {@code &quot; &amp; &#39; &lt; &gt;}, as unbescape's {@code
 * escapeHtml4Xml} (Pebble's own strategy) makes them, and a text without any is returned as it is.
 * Nothing is made for the commonest case, which five searches of the String's own tell (in the
 * quick compiler's code, a loop over the characters costs more than those).
 */
final class MarkupEscaper {
  private static final char[] MARKUP = {'<', '>', '&', '"', '\''};

  private MarkupEscaper() {}

  static String escape(String text) {
    int i = firstMarkup(text);
    if (i < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    int n = chars.length;
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

  /** Where the first character that means something in markup is, or -1. */
  private static int firstMarkup(String text) {
    int first = -1;
    for (char c : MARKUP) {
      int at = text.indexOf(c, 0);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }
}
