package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dateline.archive.ArchiveBuilder;
import org.dateline.diag.Diagnostic;
import org.dateline.extract.MetadataExtractor;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Relations;
import org.dateline.model.SourcePos;
import org.dateline.model.Story;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;
import org.dateline.read.SourceScanner;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCacheFileTest {
  @TempDir Path temp;

  private static final List<Diagnostic> WARNINGS =
      List.of(Diagnostic.warning(SourcePos.startOf("content/a.md"), "duplicate-slug", "another story has this slug"));

  /** The stories of the basic fixture site, read and extracted as a build does. */
  private List<Story> stories() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    DocumentReader reader = new DocumentReader();
    MetadataExtractor extractor = MetadataExtractor.withDefaults();
    List<Story> stories = new ArrayList<>();
    for (SourceScanner.SourceFile file :
        new SourceScanner(root).scan(BuildOptions.standard(root).sources(), new ArrayList<>())) {
      ParsedDocument document = reader.read(file.path(), file.displayPath(), new ArrayList<>());
      if (!document.frontMatter().draft()) {
        stories.add(StoryBuilder.build(document, extractor.extract(document)));
      }
    }
    return stories;
  }

  private static Archive archiveOf(List<Story> stories) {
    MetadataExtractor extractor = MetadataExtractor.withDefaults();
    return new ArchiveBuilder(extractor.countries(), extractor::countryOfPlace).build(stories);
  }

  @Test
  void anArchiveComesBackAsSavedButForItsBodiesWhichItsStoriesGive() throws Exception {
    List<Story> stories = stories();
    Archive archive = archiveOf(stories);
    assertTrue(archive.articles().size() >= 2 && !archive.people().isEmpty() && !archive.countries().isEmpty());
    Path dir = temp.resolve("cache");
    String id = ArchiveCacheFile.save(dir, "v1", archive, "relations-key", WARNINGS);

    ArchiveCacheFile.Saved saved = ArchiveCacheFile.load(dir, "v1", id).orElseThrow();
    assertEquals(id, saved.id());
    assertEquals("relations-key", saved.relationsKey());
    assertEquals(WARNINGS, saved.warnings());
    assertEquals(Relations.NONE, saved.archive().relations(), "the relations are the relations' cache's to keep");
    assertTrue(saved.archive().articles().stream().map(Article::body).allMatch(body -> body.isEmpty()), "no bodies kept");
    assertEquals(archive.articles().stream().map(Article::summary).toList(),
        saved.archive().articles().stream().map(Article::summary).toList());
    assertEquals(archive, withBodies(saved.archive(), archive.relations(), stories));
  }

  @Test
  void aSurrogateWithoutItsPairComesBackAsItWas() throws Exception {
    List<Story> stories = new ArrayList<>();
    for (Story story : stories()) {
      var m = story.metadata();
      stories.add(
          new Story(story.file(), story.slug(), story.date(), story.authors(), story.originalSource(),
              story.figures(), story.body(), story.excerpt(),
              new org.dateline.model.Metadata("Half \uD83D pair: " + m.title(), m.dateline(), m.people(),
                  m.countries(), m.sections(), m.quotes())));
    }
    Archive archive = archiveOf(stories);
    Path dir = temp.resolve("cache");
    String id = ArchiveCacheFile.save(dir, "v1", archive, "relations-key", List.of());
    Archive outline = ArchiveCacheFile.load(dir, "v1", id).orElseThrow().archive();
    assertTrue(outline.articles().get(0).title().startsWith("Half \uD83D pair: "));
    assertEquals(archive, withBodies(outline, archive.relations(), stories));
  }

  @Test
  void anotherCodeAnotherIdOrADamagedFileLoadsAsNothing() throws Exception {
    Path dir = temp.resolve("cache");
    assertFalse(ArchiveCacheFile.load(dir, "v1", "1").isPresent(), "none saved");
    String id = ArchiveCacheFile.save(dir, "v1", archiveOf(stories()), "relations-key", List.of());
    assertTrue(ArchiveCacheFile.load(dir, "v1", id).isPresent());
    assertFalse(ArchiveCacheFile.load(dir, "v2", id).isPresent(), "other code");
    assertFalse(ArchiveCacheFile.load(dir, "v1", id + "0").isPresent(), "not the archive the last build took");

    Path file = dir.resolve(ArchiveCacheFile.NAME);
    byte[] bytes = Files.readAllBytes(file);
    for (int at : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 3}) {
      byte[] damaged = bytes.clone();
      damaged[at] ^= 0x10;
      Files.write(file, damaged);
      assertFalse(ArchiveCacheFile.load(dir, "v1", id).isPresent(), "a byte changed at " + at);
    }
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    assertFalse(ArchiveCacheFile.load(dir, "v1", id).isPresent(), "cut short");
  }

  /** The archive a build that takes {@code outline} makes of it with {@code relations} and {@code stories}. */
  private static Archive withBodies(Archive outline, Relations relations, List<Story> stories) {
    Map<String, Supplier<Story>> byFile = new HashMap<>();
    stories.forEach(story -> byFile.put(story.file(), () -> story));
    return ArchiveBuilder.withBodies(
        new Archive(outline.articles(), outline.people(), outline.countries(), relations), byFile);
  }
}
