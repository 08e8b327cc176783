package org.dateline.pipeline;

import org.dateline.model.Metadata;
import org.dateline.model.Story;
import org.dateline.read.ParsedDocument;

/**
 * Joins a read document and its metadata into a {@link Story} exactly as a build does (date from
 * front matter, dateline or byline; authors from front matter or byline), for tools that read
 * stories without building the site ({@code check}, {@code import}).
 */
public final class Stories {
  private Stories() {}

  public static Story of(ParsedDocument document, Metadata metadata) {
    return StoryBuilder.build(document, metadata);
  }
}
