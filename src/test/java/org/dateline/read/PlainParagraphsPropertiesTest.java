package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
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
    Document document = reader.parser.parse(CharSubSequence.of(markdown));
    PlainParagraphs paragraphs = new PlainParagraphs(MarkdownReader.characters(document));
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
    assertEquals(
        "<p>He said: &quot;5 &lt; 6&quot; and “x &gt; y” — fine.</p>",
        html("He said: \"5 < 6\" and\n“x > y” — fine.\n"));
    assertEquals("<p>[South] Korea said.</p>", html("[South] Korea said."));
    assertEquals(null, html("Some *emphasis*."));
  }

  @net.jqwik.api.Example
  void textThatIsNotOneStretchOfTheSourceIsCopied() {
    // a paragraph's text from a String is not in the array: it is read from its own copy
    String markdown = "He said “yes” [again].";
    Node paragraph = reader.parser.parse(markdown).getFirstChild();
    assertEquals("<p>He said “yes” [again].</p>", new PlainParagraphs(new char[0]).html(paragraph));
  }

  /** The HTML of the first paragraph of {@code markdown}, as the reader parses it. */
  private String html(String markdown) {
    Document document = reader.parse(markdown);
    return new PlainParagraphs(MarkdownReader.characters(document)).html(document.getFirstChild());
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
