package org.dateline.edit;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.extract.MetadataExtractor;
import org.dateline.model.Metadata;
import org.dateline.model.Story;
import org.dateline.pipeline.Stories;
import org.dateline.read.Block;
import org.dateline.read.BlockKind;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;

/**
 * Turns a raw story (plain text like {@code seeds/*.txt}, or Markdown) into a Markdown story under
 * {@code content/} whose front matter holds what the extractor found, for an editor to review:
 * title, date, dateline places, people, countries (ISO codes), source and authors. The text
 * follows word for word: section headings as {@code ## }, captions, credits and notices as
 * paragraphs.
 *
 * <pre>{@code
 * Path written = new StoryImporter(root, MetadataExtractor.withDefaults()).importFile(file, false, warnings);
 * }</pre>
 */
public final class StoryImporter {
  private final Path root;
  private final MetadataExtractor extractor;
  private final DocumentReader reader = new DocumentReader();

  public StoryImporter(Path root, MetadataExtractor extractor) {
    this.root = root;
    this.extractor = extractor;
  }

  /**
   * Imports {@code file}; returns the path written. Throws {@link FileAlreadyExistsException}
   * when the target exists and {@code force} is false, {@link ContentException} when the story
   * cannot be read.
   */
  public Path importFile(Path file, boolean force, List<Diagnostic> warnings)
      throws IOException, ContentException {
    ParsedDocument document = reader.read(file, file.toString(), warnings);
    Metadata metadata = extractor.extract(document);
    Story story = Stories.of(document, metadata);
    Path target = StoryFiles.target(root, document.title(), story.date());
    StoryFiles.write(target, markdown(document, metadata, story), force);
    return target;
  }

  static String markdown(ParsedDocument document, Metadata metadata, Story story) {
    StringBuilder out = new StringBuilder("---\n");
    out.append("title: ").append(Yaml.quote(document.title())).append('\n');
    if (story.date() != null) {
      out.append("date: ").append(story.date()).append('\n');
    }
    if (!metadata.dateline().places().isEmpty()) {
      out.append("dateline: ").append(Yaml.list(metadata.dateline().places())).append('\n');
    }
    if (!story.authors().isEmpty()) {
      out.append("authors: ").append(Yaml.list(story.authors())).append('\n');
    }
    if (document.originalSource() != null) {
      out.append("source: ").append(Yaml.quote(document.originalSource())).append('\n');
    }
    out.append("people: ")
        .append(Yaml.list(metadata.people().stream().map(p -> p.name()).toList()))
        .append('\n');
    out.append("countries: ")
        .append(Yaml.list(metadata.countries().stream().map(c -> c.code()).toList()))
        .append('\n');
    out.append("---\n");
    for (Block block : document.blocks()) {
      out.append('\n');
      if (block.kind() == BlockKind.HEADING) {
        out.append("## ").append(MarkdownText.escape(block.text()).replace('\n', ' '));
      } else {
        out.append(MarkdownText.escape(block.text()));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
