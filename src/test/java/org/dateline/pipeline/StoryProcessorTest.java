package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StoryProcessorTest {
  @Test
  void resultsComeInInputOrder() throws Exception {
    List<Integer> inputs = IntStream.range(0, 5_000).boxed().toList();
    try (StoryProcessor<Integer, String> processor = new StoryProcessor<>(Duration.ofSeconds(10))) {
      List<String> out = processor.map(inputs, i -> "story " + i, i -> "timed out");
      assertEquals(inputs.stream().map(i -> "story " + i).toList(), out);
    }
  }

  @Test
  @Timeout(60)
  void aTaskOverTheLimitIsGivenUpAndTheOthersFinish() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    long start = System.nanoTime();
    try (StoryProcessor<Integer, String> processor = new StoryProcessor<>(Duration.ofMillis(300))) {
      List<String> out =
          processor.map(
              IntStream.range(0, 200).boxed().toList(),
              i -> {
                if (i % 50 == 7) {
                  // stuck, as flexmark on a pathological link label: it takes no notice of interrupts
                  while (never.getCount() > 0) {
                    Thread.onSpinWait();
                  }
                }
                return "story " + i;
              },
              i -> "timed out " + i);
      for (int i = 0; i < 200; i++) {
        assertEquals(i % 50 == 7 ? "timed out " + i : "story " + i, out.get(i));
      }
    } finally {
      never.countDown();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 5_000, "stuck tasks are given up after the limit, not waited for: " + millis + " ms");
  }

  @Test
  void whatATaskThrowsReachesTheCaller() throws Exception {
    try (StoryProcessor<Integer, String> processor = new StoryProcessor<>(Duration.ofSeconds(10))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  processor.map(
                      List.of(1, 2, 3),
                      i -> {
                        if (i == 2) {
                          throw new IllegalArgumentException("story 2");
                        }
                        return "story " + i;
                      },
                      i -> "timed out"));
      assertEquals("story 2", e.getMessage());
    }
  }

  @Test
  void noInputsGiveNoResults() throws Exception {
    try (StoryProcessor<Integer, String> processor = new StoryProcessor<>(Duration.ofSeconds(10))) {
      assertEquals(List.of(), processor.map(List.of(), i -> "story", i -> "timed out"));
    }
  }
}
