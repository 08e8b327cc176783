package org.dateline.extract;

import java.util.ArrayList;
import org.dateline.model.Metadata;
import org.dateline.read.DocumentReader;

/** Runs the default extractor over a story written inline (first line the title). */
final class Stories {
  static final MetadataExtractor EXTRACTOR = MetadataExtractor.withDefaults();

  private Stories() {}

  static Metadata extract(String story) {
    return extract(EXTRACTOR, story);
  }

  static Metadata extract(MetadataExtractor extractor, String story) {
    try {
      return extractor.extract(new DocumentReader().parse(story, "test.txt", new ArrayList<>()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static java.util.List<String> names(Metadata m) {
    return m.people().stream().map(p -> p.name()).toList();
  }

  static java.util.List<String> namedCountries(Metadata m) {
    return m.countries().stream().filter(c -> c.named()).map(c -> c.code()).toList();
  }

  static java.util.List<String> impliedCountries(Metadata m) {
    return m.countries().stream().filter(c -> !c.named()).map(c -> c.code()).toList();
  }
}
