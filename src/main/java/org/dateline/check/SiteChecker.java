package org.dateline.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.archive.ArchiveBuilder;
import org.dateline.archive.Slugs;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.diag.DisplayPath;
import org.dateline.extract.MetadataExtractor;
import org.dateline.extract.PeopleRegistry;
import org.dateline.model.Archive;
import org.dateline.model.SiteConfig;
import org.dateline.model.SourcePos;
import org.dateline.model.Story;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.Stories;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;
import org.dateline.read.SiteConfigReader;
import org.dateline.read.SourceScanner;

/**
 * Checks a whole project without writing anything and returns every diagnostic, sorted by place.
 *
 * <pre>{@code
 * List<Diagnostic> found = new SiteChecker(BuildOptions.standard(root)).check();
 * boolean failed = found.stream().anyMatch(Diagnostic::isError);
 * }</pre>
 */
public final class SiteChecker {
  static final String REGISTRY = "content/people.yaml";

  private final BuildOptions options;
  private final Path root;

  public SiteChecker(BuildOptions options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
    this.root = options.root().toAbsolutePath().normalize();
  }

  public List<Diagnostic> check() throws IOException {
    List<Diagnostic> found = new ArrayList<>();
    SiteConfig config = readConfig(found);
    String registryText = readRegistryText();
    PeopleRegistry registry = parseRegistry(registryText, found);
    DocumentReader reader = new DocumentReader(config.trustHtml());
    MetadataExtractor plain = MetadataExtractor.withDefaults();
    MetadataExtractor corrected = MetadataExtractor.withDefaults(registry);
    Corrections corrections = new Corrections(plain, corrected);
    Map<String, Story> stories = new LinkedHashMap<>();
    for (SourceScanner.SourceFile file : new SourceScanner(root).scan(options.sources(), found)) {
      ParsedDocument document;
      try {
        document = reader.read(file.path(), file.displayPath(), found);
      } catch (ContentException e) {
        found.addAll(e.diagnostics());
        continue;
      }
      if (document.frontMatter().draft()) {
        continue;
      }
      Story story = Stories.of(document, corrected.extract(document));
      stories.put(file.displayPath(), story);
      if (story.date() == null) {
        found.add(Diagnostic.warning(SourcePos.startOf(file.displayPath()), "missing-date",
            "story has no date: give 'date: yyyy-mm-dd' in front matter or a dated dateline"));
      }
      found.addAll(corrections.describe(document));
    }
    found.addAll(duplicateSlugs(stories.values()));
    Archive archive =
        new ArchiveBuilder(corrected.countries(), corrected::countryOfPlace)
            .build(List.copyOf(stories.values()));
    found.addAll(new LinkChecker(root, archive).check(stories.keySet()));
    if (registryText != null) {
      found.addAll(Corrections.unusedEntries(registry, registryText, stories.values()));
    }
    found.sort(Diagnostic.ORDER);
    return found;
  }

  private SiteConfig readConfig(List<Diagnostic> found) {
    try {
      return SiteConfigReader.read(options.config(), DisplayPath.of(root, options.config()), found);
    } catch (ContentException e) {
      found.addAll(e.diagnostics());
      return SiteConfig.DEFAULT;
    }
  }

  private String readRegistryText() throws IOException {
    Path file = root.resolve(REGISTRY);
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
  }

  private static PeopleRegistry parseRegistry(String text, List<Diagnostic> found) {
    if (text == null) {
      return PeopleRegistry.EMPTY;
    }
    try {
      return PeopleRegistry.parse(text, REGISTRY);
    } catch (ContentException e) {
      found.addAll(e.diagnostics());
      return PeopleRegistry.EMPTY;
    }
  }

  /** Two stories whose article pages ask for the same slug: the second would get "-2". */
  static List<Diagnostic> duplicateSlugs(Iterable<Story> stories) {
    return Slugs.duplicates(stories).stream()
        .map(d -> Diagnostic.error(SourcePos.startOf(d.story().file()), "duplicate-slug", d.message()))
        .toList();
  }
}
