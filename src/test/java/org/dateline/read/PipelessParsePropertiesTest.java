package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Markdown without a '|' is parsed without the tables extension: it gives the HTML the extension
 * gives, and a table (whose delimiter row needs a '|') is still a table.
 */
class PipelessParsePropertiesTest {
  private final MarkdownReader reader = new MarkdownReader(false);
  private final Parser withTables =
      Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
          com.vladsch.flexmark.ext.tables.TablesExtension.create()))).build();

  @Property(tries = 3000)
  void textWithoutAPipeParsesAsWithTheTablesExtension(@ForAll("markdown") String markdown) {
    assertEquals(
        reader.renderer.render(withTables.parse(markdown)),
        reader.renderer.render(reader.parse(markdown)),
        markdown);
  }

  @Example
  void aTableIsStillATable() {
    String table = "Head | Other\n--- | ---\ncell | cell\n";
    assertTrue(reader.parse(table).getFirstChild() instanceof TableBlock);
  }

  @Provide
  Arbitrary<String> markdown() {
    Arbitrary<String> words =
        Arbitraries.strings().withChars("abcXYZ é“”\"'<>.,:!-–—0123456789").ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> marks =
        Arbitraries.of(
            "*", "_", "`", "[", "]", "\\", "&", "#", "- ", "-", "---", ":---", "---:", ":", "1. ", "> ", "+ ",
            "  \n", "\n", "\n\n", "\t", "<b>", "    ", "===", "~", "[x]: /y", "![a](b)", "http://x.y");
    return Arbitraries.oneOf(words, words, marks, marks).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }
}
