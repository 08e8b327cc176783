package org.dateline.read;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A paragraph of plain text (text and soft line breaks only: no emphasis, links, code, raw HTML,
 * entities or backslash escapes), whose text and HTML need no renderer. Gives exactly what
 * flexmark gives for it, at a fraction of the cost.
 */
final class PlainParagraph {
  private PlainParagraph() {}

  /**
   * The paragraph's text, a soft line break as its line end; null when the paragraph is not
   * plain. (flexmark's text collector gives the same words, sometimes with one more space.)
   */
  static String text(Node paragraph) {
    return isPlain(paragraph) ? collect(paragraph, false) : null;
  }

  /** The paragraph as HTML ({@code <p>...</p>}); null when it is not plain. */
  static String html(Node paragraph) {
    return isPlain(paragraph) ? "<p>" + collect(paragraph, true) + "</p>" : null;
  }

  private static boolean isPlain(Node paragraph) {
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text) {
        String chars = string(child.getChars());
        if (chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0) {
          return false;
        }
      } else if (!(child instanceof SoftLineBreak)) {
        return false;
      }
    }
    return true;
  }

  /** The text of a plain paragraph, or its HTML content (escaped, soft breaks as one space). */
  private static String collect(Node paragraph, boolean html) {
    StringBuilder out = new StringBuilder();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      String chars = string(child.getChars());
      if (child instanceof SoftLineBreak) {
        out.append(html ? " " : chars);
      } else if (!html) {
        out.append(chars);
      } else {
        // flexmark's escaping, which leaves apostrophes alone (a plain paragraph has no '&'),
        // the text between the escaped characters appended in one piece
        char[] text = chars.toCharArray();
        int run = 0;
        for (int i = 0; i < text.length; i++) {
          String entity = switch (text[i]) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
          };
          if (entity != null) {
            out.append(text, run, i - run).append(entity);
            run = i + 1;
          }
        }
        out.append(text, run, text.length - run);
      }
    }
    return out.toString();
  }

  /**
   * The characters of {@code chars} as a String, cut straight from the text it was parsed from
   * when it is one stretch of it (flexmark's own {@code toString} copies a character at a time).
   */
  private static String string(BasedSequence chars) {
    int start = chars.getStartOffset();
    int end = chars.getEndOffset();
    if (chars.getBase() instanceof String base && end - start == chars.length() && end <= base.length()) {
      return base.substring(start, end);
    }
    return chars.toString();
  }
}
