package org.dateline.render.pebble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.unbescape.html.HtmlEscape;

/** The escaping is Pebble's own ("html": unbescape's escapeHtml4Xml), character for character. */
class MarkupEscaperPropertiesTest {
  @Property(tries = 3000)
  void escapesAsPebblesOwnStrategy(@ForAll("text") String text) {
    assertEquals(HtmlEscape.escapeHtml4Xml(text), MarkupEscaper.escape(text), text);
  }

  @Example
  void everyCharacterAloneIsEscapedAsPebbleEscapesIt() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      assertEquals(HtmlEscape.escapeHtml4Xml(one), MarkupEscaper.escape(one), Integer.toHexString(c));
    }
  }

  @Example
  void aTextWithNothingToEscapeIsReturnedAsItIs() {
    String text = "Astana – “quoted” é 😀";
    assertSame(text, MarkupEscaper.escape(text));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
            Arbitraries.of("<", ">", "&", "\"", "'", "&amp;", "\ud83d\ude00", "\ud800", "\udc00", "é", "\u0000"),
            Arbitraries.strings().ofMaxLength(5))
        .list().ofMaxSize(12).map(parts -> String.join("", parts));
  }
}
