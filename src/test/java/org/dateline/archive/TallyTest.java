package org.dateline.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {
  @Test
  void keysComeMostCountedFirstThenByKey() {
    Tally tally = new Tally();
    for (String key : List.of("kz", "gb", "kz", "fr", "gb", "kz", "de")) {
      tally.add(key);
    }
    assertEquals(List.of("kz", "gb", "de", "fr"), tally.byCountDescending());
    assertEquals(List.of(), new Tally().byCountDescending());
  }

  @Test
  void countsBeyondTheBoxedCacheAreExact() {
    Tally tally = new Tally();
    for (int i = 0; i < 1000; i++) {
      tally.add("a");
      if (i % 2 == 0) {
        tally.add("b");
      }
    }
    tally.add("c");
    tally.add("b");
    assertEquals(List.of("a", "b", "c"), tally.byCountDescending());
  }
}
