package org.dateline.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link SearchIndex#least} is what sorting gives: the {@code keep}-th largest value. */
class LeastPropertiesTest {
  @Property(tries = 300)
  void theKeepThLargestValue(
      @ForAll @Size(min = 1, max = 400) List<@IntRange(min = 1, max = 40) Integer> scores,
      @ForAll @IntRange(min = 1, max = 400) int keep) {
    int n = scores.size();
    int k = Math.min(keep, n);
    // the values, then what an array used before left after them
    long[] values = new long[n + 5];
    for (int i = 0; i < values.length; i++) {
      values[i] = ((long) (i < n ? scores.get(i) : 50) << 32) | i;
    }
    long[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    assertEquals(sorted[n - k], SearchIndex.least(values, n, k));
  }
}
