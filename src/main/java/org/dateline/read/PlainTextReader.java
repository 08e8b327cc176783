package org.dateline.read;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Html;

/**
 * Reads a plain-text story: the first line is the title, paragraphs are separated by blank
 * lines, and a short line standing alone between paragraphs is a section heading.
 */
final class PlainTextReader {
  private PlainTextReader() {}

  static ParsedDocument read(String file, String body, int firstLine, FrontMatter frontMatter) {
    String[] lines = body.split("\n", -1);
    String title = null;
    List<Block> raw = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int paragraphLine = 0;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i].strip() : "";
      if (!line.isEmpty() && title == null && frontMatter.title() == null) {
        title = line;
        continue;
      }
      if (line.isEmpty()) {
        if (paragraph.length() > 0) {
          String text = paragraph.toString();
          raw.add(new Block(BlockKind.PARAGRAPH, text, "<p>" + Html.escape(text) + "</p>", paragraphLine));
          paragraph.setLength(0);
        }
        continue;
      }
      if (paragraph.length() == 0) {
        paragraphLine = firstLine + i;
      } else {
        paragraph.append(' ');
      }
      paragraph.append(line);
    }
    StoryAssembler story = new StoryAssembler(raw, i -> true);
    return story.document(file, title == null ? "" : title, frontMatter);
  }
}
