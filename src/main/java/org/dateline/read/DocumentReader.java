package org.dateline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;

/**
 * Reads one story file: Markdown ({@code .md}, {@code .markdown}) or plain text (anything else),
 * each with optional YAML front matter. Thread-safe; build one per run.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader();
 * ParsedDocument doc = reader.read(path, "content/a.md", warnings);
 * }</pre>
 */
public final class DocumentReader {
  /** Stories larger than this are refused: no newsroom story is 8 MiB of text. */
  public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  private final MarkdownReader markdown;

  /** A reader that sanitises raw HTML in Markdown. */
  public DocumentReader() {
    this(false);
  }

  /** @param trustHtml true to keep raw HTML in Markdown as written */
  public DocumentReader(boolean trustHtml) {
    this.markdown = new MarkdownReader(trustHtml);
  }

  /**
   * Reads {@code path}, shown to the user as {@code displayPath}. Warnings (unknown front matter
   * keys...) are added to {@code warnings}; errors are thrown.
   */
  public ParsedDocument read(Path path, String displayPath, List<Diagnostic> warnings)
      throws ContentException {
    return parseBytes(load(path, displayPath), displayPath, warnings);
  }

  /** The bytes of a story file, refusing files over {@link #MAX_FILE_BYTES}. */
  public byte[] load(Path path, String displayPath) throws ContentException {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_FILE_BYTES) {
        throw new ContentException(
            Diagnostic.error(
                SourcePos.startOf(displayPath),
                "too-large",
                String.format(
                    java.util.Locale.ROOT,
                    "story is %.1f MiB; the limit is %d MiB",
                    size / (1024.0 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024))));
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new ContentException(
          Diagnostic.error(SourcePos.startOf(displayPath), "io", "cannot read the file: " + e));
    }
    return bytes;
  }

  /** Decodes and parses a story's bytes; {@code displayPath} decides the format. */
  public ParsedDocument parseBytes(byte[] bytes, String displayPath, List<Diagnostic> warnings)
      throws ContentException {
    return parse(SourceText.decode(bytes, displayPath), displayPath, warnings);
  }

  /** Parses a story's text; {@code displayPath} decides the format by its extension. */
  public ParsedDocument parse(String text, String displayPath, List<Diagnostic> warnings)
      throws ContentException {
    if (text.isBlank()) {
      throw new ContentException(
          Diagnostic.error(SourcePos.startOf(displayPath), "empty", "story file is empty"));
    }
    FrontMatterParser.Split split = new FrontMatterParser(displayPath, warnings).split(text);
    ParsedDocument document =
        isMarkdown(displayPath)
            ? markdown.read(displayPath, split.body(), split.bodyLine(), split.frontMatter())
            : PlainTextReader.read(displayPath, split.body(), split.bodyLine(), split.frontMatter());
    if (document.title().isBlank()) {
      throw new ContentException(
          Diagnostic.error(
              new SourcePos(displayPath, split.bodyLine(), 1),
              "no-title",
              "story has no title: give it a first line, a '# heading' or a 'title' in front matter"));
    }
    return document;
  }

  public static boolean isMarkdown(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }
}
