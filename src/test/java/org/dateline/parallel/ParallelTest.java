package org.dateline.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void everyItemIsTakenOnce() {
    for (int count : new int[] {0, 1, 2, 3, 31, 32, 33, 1_000, 10_007}) {
      AtomicIntegerArray seen = new AtomicIntegerArray(Math.max(1, count));
      Parallel.forEach(count, seen::incrementAndGet);
      for (int i = 0; i < count; i++) {
        assertEquals(1, seen.get(i), "item " + i + " of " + count);
      }
    }
  }

  @Test
  void mapKeepsTheOrderAndNulls() {
    List<String> out = Parallel.map(5_000, i -> i % 7 == 0 ? null : "item " + i);
    assertEquals(IntStream.range(0, 5_000).mapToObj(i -> i % 7 == 0 ? null : "item " + i).toList(), out);
  }

  @Test
  void workInsideWorkIsDoneToo() {
    AtomicIntegerArray seen = new AtomicIntegerArray(100 * 100);
    Parallel.forEach(100, i -> Parallel.forEach(100, j -> seen.incrementAndGet(i * 100 + j)));
    for (int k = 0; k < 100 * 100; k++) {
      assertEquals(1, seen.get(k));
    }
  }

  @Test
  void whatAnItemThrowsIsThrownAsItIsAndStopsTheTaking() {
    ConcurrentLinkedQueue<Integer> done = new ConcurrentLinkedQueue<>();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Parallel.forEach(100_000, i -> {
                  if (i % 1_000 == 10) {
                    throw new IllegalStateException("item " + i);
                  }
                  done.add(i);
                }));
    // not the copy the pool makes of what another thread threw, whose message names the class
    assertTrue(e.getMessage().matches("item \\d+"), e.getMessage());
    assertTrue(done.size() < 100_000 - 100, "items after a failure are not taken: " + done.size());
  }
}
