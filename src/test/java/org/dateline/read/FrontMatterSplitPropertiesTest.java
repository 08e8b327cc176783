package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.diag.ContentException;

/**
 * The front matter is split from the body as if the text were cut into lines at every '\n': the
 * first line a fence, the first fence or "..." after it closing the front matter, the lines
 * between them the YAML and every line after it the body.
 */
class FrontMatterSplitPropertiesTest {
  private static final Pattern FENCE = Pattern.compile("---[ \t]*");
  private static final Pattern END_FENCE = Pattern.compile("(---|\\.\\.\\.)[ \t]*");

  @Property(tries = 3000)
  void splitsAsTheLinesOfTheTextSay(@ForAll("stories") String text) throws Exception {
    FrontMatterParser parser = new FrontMatterParser("x.md", new ArrayList<>());
    String[] lines = text.split("\n", -1);
    if (!FENCE.matcher(lines[0]).matches()) {
      assertEquals(new FrontMatterParser.Split(FrontMatter.EMPTY, text, 1), parser.split(text));
      return;
    }
    int end = 1;
    while (end < lines.length && !END_FENCE.matcher(lines[end]).matches()) {
      end++;
    }
    if (end == lines.length) {
      assertThrows(ContentException.class, () -> parser.split(text));
      return;
    }
    String yaml = String.join("\n", List.of(lines).subList(1, end));
    String body = String.join("\n", List.of(lines).subList(end + 1, lines.length));
    FrontMatter frontMatter;
    try {
      frontMatter = parser.split("---\n" + yaml + "\n---\n").frontMatter();
    } catch (ContentException e) {
      assertThrows(ContentException.class, () -> parser.split(text), text);
      return;
    }
    FrontMatterParser.Split split = parser.split(text);
    assertEquals(body, split.body(), text);
    assertEquals(end + 2, split.bodyLine(), text);
    assertEquals(frontMatter, split.frontMatter(), text);
  }

  @Provide
  Arbitrary<String> stories() {
    Arbitrary<String> lines =
        Arbitraries.of(
            "---", "--- ", "---\t", "----", " ---", "...", "title: A headline", "date: 2020-01-02",
            "# a comment", "", "Body text.", "DHAKA – More text", "-- -");
    return lines.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("\n", parts));
  }
}
