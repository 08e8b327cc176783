package org.dateline.read;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The paragraphs of plain text (text and soft line breaks only: no emphasis, links, code, raw
 * HTML, entities or backslash escapes) of one Markdown text, whose text and HTML need no
 * renderer. Gives exactly what flexmark gives for them, at a fraction of the cost: the characters
 * are read from an array of the Markdown (flexmark's own {@code toString} and {@code charAt} cost
 * a call or more a character, and so does a String's {@code charAt} in the quick compiler's code).
 */
final class PlainParagraphs {
  private final char[] chars;

  /**
   * @param chars the characters the paragraphs were parsed from (flexmark's base of their text),
   *     which the caller may share but not change
   */
  PlainParagraphs(char[] chars) {
    this.chars = chars;
  }

  /**
   * The paragraph's text, a soft line break as its line end; null when the paragraph is not
   * plain. (flexmark's text collector gives the same words, sometimes with one more space.)
   */
  String text(Node paragraph) {
    return isPlain(paragraph, false) ? collect(paragraph, false) : null;
  }

  /**
   * The paragraph as HTML ({@code <p>...</p>}); null when it is not plain. Here a bracketed word
   * that no reference defines ("[South] Korea") is plain too: flexmark writes it as it is.
   */
  String html(Node paragraph) {
    return isPlain(paragraph, true) ? "<p>" + collect(paragraph, true) + "</p>" : null;
  }

  private boolean isPlain(Node paragraph, boolean literalBrackets) {
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      boolean plain =
          child instanceof Text
              ? isPlainText(child.getChars())
              : child instanceof SoftLineBreak || (literalBrackets && isLiteral(child));
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /** Text without an entity or a backslash escape, which flexmark would decode. */
  private boolean isPlainText(BasedSequence sequence) {
    char[] text = array(sequence);
    for (int i = start(sequence), end = i + sequence.length(); i < end; i++) {
      char c = text[i];
      if (c == '\\' || c == '&') {
        return false;
      }
    }
    return true;
  }

  /**
   * A reference link that no reference defines, holding plain text alone: flexmark writes its
   * source as text, brackets and all.
   */
  private boolean isLiteral(Node node) {
    if (!(node instanceof LinkRef ref) || ref.isDefined() || !isPlainText(ref.getChars())) {
      return false;
    }
    for (Node child = ref.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Text)) {
        return false;
      }
    }
    return true;
  }

  /** The text of a plain paragraph, or its HTML content (escaped, soft breaks as one space). */
  private String collect(Node paragraph, boolean html) {
    StringBuilder out = new StringBuilder(paragraph.getTextLength() + 16);
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      BasedSequence sequence = child.getChars();
      char[] text = array(sequence);
      int start = start(sequence);
      int end = start + sequence.length();
      if (child instanceof SoftLineBreak && html) {
        out.append(' ');
      } else if (!html) {
        out.append(text, start, end - start);
      } else {
        // flexmark's escaping, which leaves apostrophes alone (a plain paragraph has no '&'),
        // the text between the escaped characters appended in one piece
        int run = start;
        for (int i = start; i < end; i++) {
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
        out.append(text, run, end - run);
      }
    }
    return out.toString();
  }

  /**
   * Where the characters of {@code sequence} are: the array they were parsed from when they are one
   * stretch of it, else a copy of their own; they start at {@link #start} there.
   */
  private char[] array(BasedSequence sequence) {
    return isStretch(sequence) ? chars : sequence.toString().toCharArray();
  }

  private int start(BasedSequence sequence) {
    return isStretch(sequence) ? sequence.getStartOffset() : 0;
  }

  private boolean isStretch(BasedSequence sequence) {
    return sequence.getBase() == chars
        && sequence.getEndOffset() - sequence.getStartOffset() == sequence.length();
  }
}
