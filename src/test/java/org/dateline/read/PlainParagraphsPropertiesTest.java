package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The plain-paragraph shortcut gives exactly what flexmark gives, text and HTML. */
class PlainParagraphsPropertiesTest {
  private final MarkdownReader reader = new MarkdownReader(false);

  @Property(tries = 3000)
  void plainParagraphsRenderAsFlexmarkRendersThem(@ForAll("markdown") String markdown) {
    Document document = reader.parser.parse(markdown);
    PlainParagraphs paragraphs = new PlainParagraphs(markdown, markdown.toCharArray());
    for (Node node = document.getFirstChild(); node != null; ) {
      Node next = node.getNext();
      if (node instanceof Paragraph) {
        String html = paragraphs.html(node);
        String text = paragraphs.text(node);
        if (text != null) {
          // flexmark's collector keeps a space before a line break only when the next line is
          // indented; the text may differ in such spaces, never in anything else
          String flexmarkText = new TextCollectingVisitor().collectAndGetText(node);
          assertEquals(words(flexmarkText), words(text), "text of " + markdown);
          assertNotNull(html, "a paragraph with plain text has plain HTML: " + markdown);
        }
        if (html != null) {
          Document single = new Document(document, document.getChars());
          node.unlink();
          single.appendChild(node);
          assertEquals(reader.renderer.render(single).strip(), html, "HTML of " + markdown);
        }
      }
      node = next;
    }
  }

  @net.jqwik.api.Example
  void aTypicalNewsParagraphTakesTheShortcut() {
    String markdown = "He said: \"5 < 6\" and\n“x > y” — fine.\n";
    Node paragraph = reader.parser.parse(markdown).getFirstChild();
    PlainParagraphs paragraphs = new PlainParagraphs(markdown, markdown.toCharArray());
    assertEquals("<p>He said: &quot;5 &lt; 6&quot; and “x &gt; y” — fine.</p>", paragraphs.html(paragraph));
    String bracketed = "[South] Korea said.";
    assertEquals(
        "<p>[South] Korea said.</p>",
        new PlainParagraphs(bracketed, bracketed.toCharArray()).html(reader.parser.parse(bracketed).getFirstChild()));
    String emphasis = "Some *emphasis*.";
    assertEquals(
        null, new PlainParagraphs(emphasis, emphasis.toCharArray()).html(reader.parser.parse(emphasis).getFirstChild()));
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  @Provide
  Arbitrary<String> markdown() {
    Arbitrary<String> words =
        Arbitraries.strings().withChars("abcXYZ éß“”‘’\"'<>.,;:!?()-–—/0123456789").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> marks =
        Arbitraries.of("*", "_", "`", "[", "]", "\\", "&", "&amp;", "#", "- ", "1. ", "> ", "  \n", " \n", "\n", "\n\n", "\r\n", "\t", "<b>", "    ", "|", "~", "http://x.y",
            "[South]", "[x][y]", "[x][]", "[x]: http://x.y\n", "[y]: <a>\n", "![x]", "[*x*]", "[x\ny]");
    return Arbitraries.oneOf(words, words, words, marks).list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}
