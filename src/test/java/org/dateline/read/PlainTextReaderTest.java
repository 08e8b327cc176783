package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Figure;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private static final String STORY =
      """
      Port Strike Ends After Nine Days

      By Mara Lindqvist

      GDANSK – Dock workers returned to work on Friday after a nine-day strike.

      Cranes stand idle at the container terminal on Thursday. Photo credit: Port Daily/Jan Nowak.

      "We got what we came for," said union leader Piotr Zielinski.

      What comes next

      Talks on pensions resume in May.

      This article was first published by The Baltic Courier.

      Get The Port Daily stories sent directly to you! Subscribe to our newsletter.
      """;

  private ParsedDocument read(String text) throws Exception {
    return new DocumentReader().parse(text, "seeds/a.txt", new ArrayList<>());
  }

  private static List<BlockKind> kinds(ParsedDocument doc) {
    return doc.blocks().stream().map(Block::kind).toList();
  }

  @Test
  void firstLineIsTheTitleAndBlocksAreClassified() throws Exception {
    ParsedDocument doc = read(STORY);
    assertEquals("Port Strike Ends After Nine Days", doc.title());
    assertEquals(
        List.of(
            BlockKind.BYLINE,
            BlockKind.PARAGRAPH,
            BlockKind.CAPTION,
            BlockKind.PARAGRAPH,
            BlockKind.HEADING,
            BlockKind.PARAGRAPH,
            BlockKind.SOURCE_NOTICE,
            BlockKind.FOOTER),
        kinds(doc));
  }

  @Test
  void captionCreditIsSplitFromTheCaption() throws Exception {
    assertEquals(
        List.of(new Figure("Cranes stand idle at the container terminal on Thursday.", "Port Daily/Jan Nowak")),
        read(STORY).figures());
  }

  @Test
  void republicationNoticeBecomesTheOriginalSource() throws Exception {
    assertEquals("The Baltic Courier", read(STORY).originalSource());
    assertEquals(
        "The Korea Times",
        read("T\n\nBody text here.\n\nThis article is republished with the permission of The Korea Times.\n")
            .originalSource());
  }

  @Test
  void blockLinesAreOneBasedLinesOfTheFile() throws Exception {
    ParsedDocument doc = read(STORY);
    assertEquals(3, doc.blocks().get(0).line());
    assertEquals(5, doc.blocks().get(1).line());
  }

  @Test
  void aShortLineWithFinalPunctuationIsNotAHeading() throws Exception {
    ParsedDocument doc = read("Title\n\nFirst paragraph.\n\nIt was late.\n\nLast paragraph.\n");
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH), kinds(doc));
  }

  @Test
  void allCapsDatelineLineIsNotAHeading() throws Exception {
    ParsedDocument doc = read("Title\n\nNAIROBI\n\nRunners ran.\n\nMore text.\n");
    assertEquals(BlockKind.PARAGRAPH, doc.blocks().get(0).kind());
  }

  @Test
  void agencyCreditsAreNotBodyText() throws Exception {
    ParsedDocument doc =
        read("Title\n\nText.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n\n– AFP\n\nnews@example.com\n(END)\n");
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.CREDIT, BlockKind.CREDIT, BlockKind.CREDIT), kinds(doc));
  }

  @Test
  void textIsEscapedInTheBodyHtml() throws Exception {
    ParsedDocument doc = read("Title\n\nA <b>bold</b> & \"quoted\" claim.\n");
    assertEquals("<p>A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim.</p>", doc.blocks().get(0).html());
  }

  @Test
  void storyWithoutNoticeHasNoSource() throws Exception {
    assertNull(read("Title\n\nText.\n").originalSource());
  }
}
