package org.dateline.read;

import java.util.List;
import java.util.Objects;
import org.dateline.model.Figure;

/**
 * A story as read from its file, before extraction.
 *
 * @param file the path shown to the user, relative to the project root ("content/a.md")
 * @param title the headline as printed (front matter, first Markdown H1, or first line)
 * @param frontMatter the editor's facts ({@link FrontMatter#EMPTY} without front matter)
 * @param blocks the story's blocks in order, the title excluded
 * @param figures photo captions with their credits
 * @param originalSource the outlet that first published the story (front matter {@code source} or
 *     a republication notice), or null
 */
public record ParsedDocument(
    String file,
    String title,
    FrontMatter frontMatter,
    List<Block> blocks,
    List<Figure> figures,
    String originalSource) {
  public ParsedDocument {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(frontMatter, "frontMatter must not be null");
    blocks = List.copyOf(blocks);
    figures = List.copyOf(figures);
  }

  /** The blocks that are story text: paragraphs, headings and other Markdown body content. */
  public List<Block> bodyBlocks() {
    return blocks.stream().filter(b -> b.kind().isBody()).toList();
  }
}
