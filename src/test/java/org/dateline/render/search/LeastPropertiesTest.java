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
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = ((long) scores.get(i) << 32) | i;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    assertEquals(sorted[n - k], SearchIndex.least(values, k));
  }
}
