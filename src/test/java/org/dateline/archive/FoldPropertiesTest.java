package org.dateline.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FoldPropertiesTest {
  /** The definition of a folded name, in regular expressions. */
  private static String byRegex(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", " ").strip();
  }

  @Property(tries = 3000)
  void foldsAsTheDefinitionSays(@ForAll("names") String name) {
    assertEquals(byRegex(name), ArchiveBuilder.fold(name), name);
  }

  @Property(tries = 500)
  void foldsAnyText(@ForAll String text) {
    assertEquals(byRegex(text), ArchiveBuilder.fold(text));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withChars("AbcZ éÉßİıŁøÆǅﬁ\u0301\u20DD\u0903 .-\t\n\u00a0\u2003Ω")
        .ofMaxLength(16);
  }
}
