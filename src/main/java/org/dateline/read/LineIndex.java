package org.dateline.read;

import java.util.Arrays;

/**
 * Line numbers of offsets in a text, counted as flexmark counts them (0-based; "\n", "\r\n" and
 * a lone "\r" each end a line), found by binary search: flexmark's own lookup scans the text from
 * the start on every call.
 */
final class LineIndex {
  private final int[] breaks;

  LineIndex(char[] text) {
    int[] found = new int[16];
    int count = 0;
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (c == '\n' || (c == '\r' && (i + 1 == text.length || text[i + 1] != '\n'))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    this.breaks = Arrays.copyOf(found, count);
  }

  /** The 0-based line of {@code offset}: how many line breaks come before it. */
  int lineOf(int offset) {
    int at = Arrays.binarySearch(breaks, offset);
    return at >= 0 ? at : -at - 1;
  }
}
