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
    int n = text.length();
    int i = 0;
    while (i < n && !isMarkup(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("&quot;");
        case '&' -> out.append("&amp;");
        case '\'' -> out.append("&#39;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isMarkup(char c) {
    return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'';
  }
}
