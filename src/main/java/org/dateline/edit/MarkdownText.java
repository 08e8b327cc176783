package org.dateline.edit;

import java.util.regex.Pattern;

/**
 * Plain text as Markdown that reads back word for word: characters that would start emphasis,
 * code, links or HTML are escaped everywhere, and a line that would start a heading, quote, list,
 * rule or code block is escaped at its start.
 */
final class MarkdownText {
  private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");
  private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

  private MarkdownText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(escapeLine(line.strip()));
    }
    return out.toString();
  }

  private static String escapeLine(String line) {
    StringBuilder out = new StringBuilder();
    for (char c : line.toCharArray()) {
      if ("\\`*_[]<".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String s = ENTITY.matcher(out.toString()).replaceAll("\\\\&");
    if (!s.isEmpty() && "#>-+=~|".indexOf(s.charAt(0)) >= 0) {
      return "\\" + s;
    }
    return ORDERED.matcher(s).replaceFirst("$1\\\\$2");
  }
}
