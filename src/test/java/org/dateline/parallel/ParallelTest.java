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
  void whatAnItemThrowsIsThrownAndStopsTheTaking() {
    ConcurrentLinkedQueue<Integer> done = new ConcurrentLinkedQueue<>();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Parallel.forEach(100_000, i -> {
                  if (i == 10) {
                    throw new IllegalStateException("item 10");
                  }
                  done.add(i);
                }));
    assertEquals("item 10", e.getMessage());
    // the items after it in its thread's take are never done
    assertTrue(done.size() < 100_000 - 1, "items after the failure are not all taken: " + done.size());
  }
}
