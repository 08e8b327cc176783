package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final List<Diagnostic> warnings = new ArrayList<>();

  private ParsedDocument read(String text) throws ContentException {
    return new DocumentReader().parse(text, "content/a.md", warnings);
  }

  @Test
  void firstLevelOneHeadingIsTheTitleAndOthersAreSections() throws Exception {
    ParsedDocument doc = read("# Headline\n\nText.\n\n## Part two\n\nMore.\n");
    assertEquals("Headline", doc.title());
    assertEquals(BlockKind.HEADING, doc.blocks().get(1).kind());
    assertEquals("Part two", doc.blocks().get(1).text());
  }

  @Test
  void frontMatterTitleWinsAndLinesCountFromTheFileStart() throws Exception {
    ParsedDocument doc = read("---\ntitle: From front matter\ndate: 2024-05-02\n---\n# Headline\n\nText.\n");
    assertEquals("From front matter", doc.title());
    assertEquals("2024-05-02", doc.frontMatter().date());
    assertEquals(5, doc.blocks().get(0).line(), "the H1 is kept as a section when front matter gives the title");
  }

  @Test
  void rawHtmlIsCleanedWithAnAllowList() throws Exception {
    ParsedDocument doc =
        read("# T\n\nHi <b onclick=\"x()\">bold</b> <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">a</a>"
            + " [x](javascript:alert(1)) [y](https://example.org/) [z](../other.html)"
            + " <iframe src=\"https://evil.example/\"></iframe><style>p{}</style>\n\n<script>alert(2)</script>\n");
    String html = doc.blocks().get(0).html();
    assertTrue(html.contains("<b>bold</b>"), html);
    assertFalse(html.contains("onclick") || html.contains("onerror") || html.contains("javascript:"), html);
    assertFalse(html.contains("<iframe") || html.contains("<style"), html);
    assertTrue(html.contains("href=\"https://example.org/\""), html);
    assertTrue(html.contains("href=\"../other.html\""), html);
    assertEquals("", doc.blocks().get(1).html(), "a script block leaves nothing");
  }

  @Test
  void aSiteThatTrustsHtmlKeepsItAsWritten() throws Exception {
    ParsedDocument doc = new DocumentReader(true).parse("# T\n\n<span style=\"color:red\">x</span>\n", "content/a.md", warnings);
    assertEquals("<p><span style=\"color:red\">x</span></p>", doc.blocks().get(0).html());
  }

  @Test
  void unknownFrontMatterKeyWarnsWithASuggestion() throws Exception {
    read("---\ntitel: Oops\n---\n# T\n");
    assertEquals(
        "content/a.md:2:1: warning: unknown front matter key 'titel' (did you mean 'title'?) [front-matter]",
        warnings.get(0).toString());
  }

  @Test
  void unclosedFrontMatterIsAnError() {
    ContentException e = assertThrows(ContentException.class, () -> read("---\ntitle: x\n# T\n"));
    assertEquals(
        "content/a.md:1:1: error: front matter is not closed: add a line '---' after it [front-matter]",
        e.diagnostics().get(0).toString());
  }

  @Test
  void yamlTagsAndAliasBombsAreRefused() {
    assertThrows(ContentException.class, () -> read("---\ntitle: !!java.io.File x\n---\n"));
    String bomb =
        "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: [*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: x\n---\n";
    assertThrows(ContentException.class, () -> read(bomb));
  }

  @Test
  void draftAndListsAreRead() throws Exception {
    ParsedDocument doc = read("---\ndraft: yes\npeople: [Ann Lee, Bo Chen]\ndateline: Astana/Seoul\n---\n# T\n");
    assertTrue(doc.frontMatter().draft());
    assertEquals(List.of("Ann Lee", "Bo Chen"), doc.frontMatter().people());
    assertEquals(List.of("Astana", "Seoul"), doc.frontMatter().places());
  }
}
