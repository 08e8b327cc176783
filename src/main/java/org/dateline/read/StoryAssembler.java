package org.dateline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.dateline.model.Figure;

/**
 * Gives each paragraph of a story its kind, and gathers the captions and the republication
 * notice, which are shown apart from the body.
 */
final class StoryAssembler {
  private final List<Block> blocks = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private String noticeSource;

  /**
   * Classifies the paragraphs among {@code raw} (other kinds are kept as they are).
   *
   * @param mayBeHeading which paragraphs may be a heading by their layout (a short line alone)
   */
  StoryAssembler(List<Block> raw, IntPredicate mayBeHeading) {
    int count = raw.size();
    for (int i = 0; i < count; i++) {
      Block block = raw.get(i);
      if (block.kind() == BlockKind.PARAGRAPH) {
        BlockKind kind = BlockClassifier.classify(block.text(), i, count, mayBeHeading.test(i));
        block = block.withKind(kind);
        if (kind == BlockKind.CAPTION) {
          String[] parts = BlockClassifier.splitCaption(block.text());
          figures.add(new Figure(parts[0], parts[1]));
        } else if (kind == BlockKind.SOURCE_NOTICE && noticeSource == null) {
          noticeSource = BlockClassifier.noticeSource(block.text());
        }
      }
      blocks.add(block);
    }
  }

  /** The kind each block was given, by position. */
  BlockKind kind(int index) {
    return blocks.get(index).kind();
  }

  /** Sets the body HTML of block {@code index}. */
  void setHtml(int index, String html) {
    Block b = blocks.get(index);
    blocks.set(index, new Block(b.kind(), b.text(), html, b.line()));
  }

  ParsedDocument document(String file, String title, FrontMatter frontMatter) {
    String source = frontMatter.source() != null ? frontMatter.source() : noticeSource;
    String headline = frontMatter.title() != null ? frontMatter.title() : title;
    return new ParsedDocument(file, headline, frontMatter, blocks, figures, source);
  }
}
