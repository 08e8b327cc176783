package org.dateline.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HtmlTextPropertiesTest {
  /** The definition: what the index took as a body's words before the one-pass reader. */
  private static String byRegex(String html) {
    return html.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
  }

  /** The words of {@code html}, read as the index reads a body: from its UTF-8 bytes. */
  private static String of(String html) {
    return HtmlText.of(html.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 5000)
  void givesWhatTheRegularExpressionsGive(@ForAll("html") String html) {
    assertEquals(byRegex(html), of(html), html);
  }

  @Example
  void readsAParagraph() {
    assertEquals("A <b> & “c” d", of("<p>A &lt;b&gt; &amp; “c”</p>\n<p id=\"x\">d</p>"));
  }

  @Provide
  Arbitrary<String> html() {
    Arbitrary<String> text = Arbitraries.strings().withChars("ab é;#\u00a0\u2003한").ofMaxLength(6);
    Arbitrary<String> marks =
        Arbitraries.of("<", ">", "<p>", "</p>", "<a href=\"x&amp;y\">", "&", "&lt;", "&gt;", "&quot;", "&#39;",
            "&amp;", "&amp;lt;", "&l", "t;", "amp;", " ", "\n", "\t", "\r\n", "\u000B", "\f", "\ud83d\ude00", "<b title=\"é한\">");
    return Arbitraries.oneOf(text, marks, marks).list().ofMaxSize(25).map(parts -> String.join("", parts));
  }
}
