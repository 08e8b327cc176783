package org.dateline.read;

import java.util.Objects;

/**
 * One block of a story: its kind, its plain text (what the extractor reads), the HTML it renders
 * to in the article body (already escaped or sanitised), and its 1-based first line in the file.
 */
public record Block(BlockKind kind, String text, String html, int line) {
  public Block {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(html, "html must not be null");
  }

  public Block withKind(BlockKind newKind) {
    return new Block(newKind, text, html, line);
  }
}
