package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.read.DocumentReader;

/** The extractor never throws on any text, and large text does not make it slow down. */
class ExtractorPropertiesTest {
  private static final MetadataExtractor EXTRACTOR = MetadataExtractor.withDefaults();

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of("President", "said", "Mr.", "Dr.", "the", "of", "U.S.", "Georgia", "Jordan",
                "“", "”", "\"", "—", "–", "-", ",", ".", "(Reuters)", "LONDON", "March", "5", "al-",
                "van", "der", "kyzy", "uulu", "bin", "Ms", "Korea", "DPRK", "Türkiye", "\n\n", "'s"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
            Arbitraries.strings().ofMaxLength(6));
    return word.list().ofMaxSize(200).map(words -> "Title\n\n" + String.join(" ", words));
  }

  @Property(tries = 300)
  void neverThrows(@ForAll("newsLike") String story) throws Exception {
    assertNotNull(EXTRACTOR.extract(new DocumentReader().parse(story, "x.txt", new ArrayList<>())));
  }

  @Property(tries = 300)
  void neverThrowsOnArbitraryUnicode(@ForAll String text) throws Exception {
    assertNotNull(EXTRACTOR.extract(new DocumentReader().parse("T\n\n" + text, "x.txt", new ArrayList<>())));
  }

  @Property(tries = 10)
  void largeTextStaysFast(@ForAll("newsLike") String story) throws Exception {
    String body = story.substring("Title\n\n".length());
    String big = "Title\n\n" + (body + " ").repeat(Math.max(1, 200_000 / Math.max(1, body.length())));
    long start = System.nanoTime();
    EXTRACTOR.extract(new DocumentReader().parse(big, "x.txt", new ArrayList<>()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 5_000, "200 KB took " + millis + " ms");
  }
}
