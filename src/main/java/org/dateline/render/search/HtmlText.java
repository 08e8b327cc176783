package org.dateline.render.search;

import java.nio.charset.StandardCharsets;

/**
 * The words of a story's body HTML, for the index: tags become spaces, the entities our HTML
 * uses ({@code &lt; &gt; &quot; &#39; &amp;}) their characters, runs of white space one space.
 * One pass over the UTF-8 bytes; the same result as the regular expressions it replaces.
 */
final class HtmlText {
  private static final String[][] ENTITIES = {
    {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}
  };

  private HtmlText() {}

  /**
   * The words of the HTML whose UTF-8 bytes these are. Tags, entities and white space are ASCII,
   * and no byte of a character beyond ASCII is one, so the bytes are filtered as they are and
   * only the words are decoded.
   */
  static String of(byte[] in) {
    byte[] out = new byte[in.length];
    int length = 0;
    int n = in.length;
    int nextClose = -2; // index of the next '>' at or after i, -1 when there is none
    int i = 0;
    while (i < n) {
      byte c = in[i];
      if (c == '<') {
        if (nextClose != -1 && nextClose < i) {
          nextClose = indexOf(in, (byte) '>', i);
        }
        if (nextClose >= 0) {
          length = space(out, length);
          i = nextClose + 1;
          continue;
        }
      } else if (c == '&') {
        int entity = entityAt(in, i);
        if (entity >= 0) {
          out[length++] = (byte) ENTITIES[entity][1].charAt(0);
          i += ENTITIES[entity][0].length();
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
    return new String(out, 0, length, StandardCharsets.UTF_8).strip();
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The index in {@link #ENTITIES} of the entity at {@code i}, or -1. */
  private static int entityAt(byte[] bytes, int i) {
    for (int e = 0; e < ENTITIES.length; e++) {
      String name = ENTITIES[e][0];
      if (i + name.length() <= bytes.length && startsWith(bytes, i, name)) {
        return e;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int at, String ascii) {
    for (int k = 0; k < ascii.length(); k++) {
      if (bytes[at + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** One space for a run of white space or tags: the new length of {@code out}. */
  private static int space(byte[] out, int length) {
    if (length == 0 || out[length - 1] != ' ') {
      out[length++] = ' ';
    }
    return length;
  }

  /** What {@code \s} matches in a Java regular expression. */
  private static boolean isRegexSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
