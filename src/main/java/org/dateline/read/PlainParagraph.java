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
        CharSequence text = source(child.getChars());
        for (int i = start(child.getChars()), end = i + child.getChars().length(); i < end; i++) {
          char c = text.charAt(i);
          if (c == '\\' || c == '&') {
            return false;
          }
        }
      } else if (!(child instanceof SoftLineBreak)) {
        return false;
      }
    }
    return true;
  }

  /** The text of a plain paragraph, or its HTML content (escaped, soft breaks as one space). */
  private static String collect(Node paragraph, boolean html) {
    StringBuilder out = new StringBuilder(paragraph.getTextLength() + 16);
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      BasedSequence chars = child.getChars();
      CharSequence text = source(chars);
      int start = start(chars);
      int end = start + chars.length();
      if (child instanceof SoftLineBreak && html) {
        out.append(' ');
      } else if (!html) {
        out.append(text, start, end);
      } else {
        // flexmark's escaping, which leaves apostrophes alone (a plain paragraph has no '&'),
        // the text between the escaped characters appended in one piece
        int run = start;
        for (int i = start; i < end; i++) {
          String entity = switch (text.charAt(i)) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
          };
          if (entity != null) {
            out.append(text, run, i).append(entity);
            run = i + 1;
          }
        }
        out.append(text, run, end);
      }
    }
    return out.toString();
  }

  /**
   * Where the characters of {@code chars} are: the text they were parsed from when they are one
   * stretch of it (flexmark's own {@code toString} and {@code charAt} cost a call or more a
   * character), else {@code chars} itself; they start at {@link #start} there.
   */
  private static CharSequence source(BasedSequence chars) {
    return isStretch(chars) ? (String) chars.getBase() : chars;
  }

  private static int start(BasedSequence chars) {
    return isStretch(chars) ? chars.getStartOffset() : 0;
  }

  private static boolean isStretch(BasedSequence chars) {
    return chars.getBase() instanceof String base
        && chars.getEndOffset() - chars.getStartOffset() == chars.length()
        && chars.getEndOffset() <= base.length();
  }
}
