package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.archive.ArchiveBuilder;
import org.dateline.model.Archive;
import org.dateline.model.CountryInfo;
import org.dateline.model.CountryMention;
import org.dateline.model.Dateline;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;
import org.dateline.model.SiteConfig;
import org.dateline.model.Story;
import org.dateline.render.pebble.Templates;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Which files a build with page keys renders again after an edit, and which it keeps. */
class KeptPagesTest {
  private static final SiteConfig CONFIG = new SiteConfig("Harbour", "Harbour news.", "en", null, 20, false);
  private static final List<CountryInfo> COUNTRIES = List.of(new CountryInfo("GB", "United Kingdom", "Europe"));

  private final SiteRenderer renderer =
      new SiteRenderer(new Templates(Fixtures.TEMPLATES), CONFIG).withPageKeys("code 1");

  private static Archive archive(String body, String quote) {
    return new ArchiveBuilder(COUNTRIES).build(List.of(quay(body, quote)));
  }

  private static Story quay(String body, String quote) {
    Metadata metadata =
        new Metadata(
            "Quay repairs begin",
            new Dateline(List.of("PORTSMOUTH"), null),
            List.of(new PersonMention("Miriam Okonjo", List.of("engineer"), List.of())),
            List.of(new CountryMention("GB", "Britain", true)),
            List.of(),
            List.of(new Quote("Miriam Okonjo", quote)));
    Story story =
        new Story("content/quay.md", null, "2024-02-01", List.of(), null, List.of(),
            List.of(Story.BodyPart.html("<p>" + body + "</p>")), body, metadata);
    return story;
  }

  /** Another story, beside the quay's, with the same people and country. */
  private static Story ferry(String body) {
    Metadata metadata =
        new Metadata(
            "Ferry resumes",
            new Dateline(List.of("PORTSMOUTH"), null),
            List.of(new PersonMention("Miriam Okonjo", List.of(), List.of())),
            List.of(new CountryMention("GB", "Britain", true)),
            List.of(),
            List.of());
    return new Story("content/ferry.md", null, "2024-02-02", List.of(), null, List.of(),
        List.of(Story.BodyPart.html("<p>" + body + "</p>")), "The ferry sails.", metadata);
  }

  /** A sink that keeps what {@code last} holds with the same key, and records the keys of all. */
  private static final class Sink implements OutputSink {
    final Map<String, String> last;
    final Map<String, String> keys = new ConcurrentHashMap<>();
    final Set<String> rendered = ConcurrentHashMap.newKeySet();

    Sink(Map<String, String> last) {
      this.last = last;
    }

    @Override
    public void add(OutputFile file) {
      rendered.add(file.path());
      if (file.key() != null) {
        keys.put(file.path(), file.key());
      }
    }

    @Override
    public boolean keep(String path, String key) {
      keys.put(path, key);
      return key.equals(last.get(path));
    }
  }

  private Sink render(Archive archive, Map<String, String> last) {
    Sink sink = new Sink(last);
    renderer.render(archive, sink);
    return sink;
  }

  @Test
  void afterBodyEditsOnlyTheEditedArticlesPageIsRenderedAndTheOthersKeepTheirKeys() {
    String quay = "Repairs began on Monday.";
    Sink first = render(new ArchiveBuilder(COUNTRIES).build(List.of(quay(quay, "Soon"), ferry("It sails at nine."))), Map.of());
    Archive edited = new ArchiveBuilder(COUNTRIES).build(List.of(quay(quay, "Soon"), ferry("It sails at ten.")));
    Sink sink = new Sink(first.keys);
    renderer
        .withPageKeys("code 1", new BodyEdits(Set.of("content/ferry.md"), first.keys::get))
        .render(edited, sink);
    assertTrue(sink.rendered.contains("articles/ferry.html"), sink.rendered.toString());
    assertFalse(sink.rendered.contains("articles/quay.html"), sink.rendered.toString());
    assertEquals(first.keys.get("articles/quay.html"), sink.keys.get("articles/quay.html"));
    assertFalse(
        sink.rendered.stream().anyMatch(p -> p.startsWith("people/") || p.startsWith("countries/") || p.equals("feed.xml")),
        "lists and feeds hold summaries, not the edited body: " + sink.rendered);
    // and every file's key is the one a build from scratch gives
    Sink scratch = render(edited, Map.of());
    assertEquals(scratch.keys, sink.keys);
  }

  @Test
  void theArticlesDataFileIsKeptWhenOnlyAStorysTextChangesAndRenderedWhenAQuoteDoes() {
    Sink first = render(archive("Repairs began on Monday.", "The quay has waited"), Map.of());
    assertTrue(first.rendered.contains("data/articles.json"), first.rendered.toString());

    Sink textEdited = render(archive("Repairs began on Tuesday.", "The quay has waited"), first.keys);
    assertTrue(textEdited.rendered.contains("articles/quay.html"), textEdited.rendered.toString());
    assertFalse(textEdited.rendered.contains("data/articles.json"), textEdited.rendered.toString());

    Sink quoteEdited = render(archive("Repairs began on Monday.", "The quay has waited for years"), first.keys);
    assertTrue(quoteEdited.rendered.contains("data/articles.json"), quoteEdited.rendered.toString());
  }
}
