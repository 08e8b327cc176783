package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor never throws, whatever the text, and stays fast on pathological input. */
class RobustnessTest {
  @Test
  void randomTextNeverThrows() {
    Random random = new Random(42);
    String alphabet = "aZ .,;:'\"“”‘’()-–—/\n\n0123456789ÄéßКж中\uD83D\uDE00 kyzy van al- Mr. U.S. SAID";
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(2000);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertNotNull(Stories.extract(b.toString()));
    }
  }

  @Test
  void pathologicalInputFinishes() {
    StringBuilder b = new StringBuilder("T\n\n");
    b.append("ABC ".repeat(50_000)).append("\n\n");
    b.append("Anna ".repeat(50_000)).append("\n\n");
    b.append("\"".repeat(20_000)).append("\n\n");
    b.append("LONDON/".repeat(10_000)).append(" - x\n\n");
    b.append("Mr. ".repeat(30_000)).append("said\n\n");
    assertNotNull(Stories.extract(b.toString()));
  }

  @Test
  void emptyStoryGivesEmptyMetadata() {
    assertNotNull(
        Stories.EXTRACTOR.extract(
            new org.dateline.read.ParsedDocument(
                "test.txt", "", org.dateline.read.FrontMatter.EMPTY, java.util.List.of(), java.util.List.of(), null)));
  }
}
