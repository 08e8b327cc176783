package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.archive.ArchiveBuilder;
import org.dateline.model.Archive;
import org.dateline.model.CountryInfo;
import org.dateline.model.CountryMention;
import org.dateline.model.Dateline;
import org.dateline.model.Figure;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;
import org.dateline.model.SiteConfig;
import org.dateline.model.Story;
import org.dateline.read.Block;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;
import org.dateline.render.pebble.Templates;

/**
 * Whatever text a story carries — headline, names, places, byline, outlet, caption, quote, body —
 * no markup from it reaches a page, a feed, the JSON-LD or the search index: the marker tag
 * {@code <zq} never appears in them. (The data files under {@code data/} are JSON, where text is
 * data.)
 */
class EscapingPropertiesTest {
  private static final String MARKER = "<zq";
  private final Templates templates = new Templates(Path.of("templates").toAbsolutePath());

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("<>&\"'`=/\\ ;:()[]{}!-–—“”’abcXYZ\u2028\u0000é한").ofMaxLength(12);
    Arbitrary<String> payload =
        Arbitraries.of(
            MARKER + ">", MARKER + " onload=x>", "\"><zq a=1>", "</script><zq>", "<!--<zq>-->",
            "<![CDATA[<zq>]]>", "javascript:<zq>", "&lt;zq&gt;<zq>");
    return net.jqwik.api.Combinators.combine(noise, payload, noise).as((a, p, b) -> "A" + a + p + b);
  }

  @Property(tries = 150)
  void storyTextNeverBecomesMarkup(
      @ForAll("hostile") String title,
      @ForAll("hostile") String person,
      @ForAll("hostile") String place,
      @ForAll("hostile") String other) throws Exception {
    String body = "Opening " + other + " paragraph of the story.\n\nAnother paragraph " + title + ".";
    ParsedDocument doc =
        new DocumentReader().parse("Headline\n\n" + body + "\n", "seeds/x.txt", new ArrayList<>());
    List<Story.BodyPart> parts = new ArrayList<>();
    for (Block b : doc.bodyBlocks()) {
      parts.add(Story.BodyPart.html(b.html()));
    }
    parts.add(Story.BodyPart.heading(other));
    Metadata metadata =
        new Metadata(
            title,
            new Dateline(List.of(place), null),
            List.of(new PersonMention(person + " Smith", List.of(other), List.of(other))),
            List.of(new CountryMention("KZ", "Kazakhstan", true)),
            List.of(other),
            List.of(new Quote(person + " Smith", other)));
    Story story =
        new Story("content/x.md", other, "2024-01-02", List.of(other), other,
            List.of(new Figure(other, other)), parts, doc.bodyBlocks().get(0).text(), metadata);
    Archive archive =
        new ArchiveBuilder(List.of(new CountryInfo("KZ", "Kazakhstan", "Asia"))).build(List.of(story));
    SiteConfig config = new SiteConfig(other, other, "en", "https://example.org/", 20, false);
    for (OutputFile file : new SiteRenderer(templates, config).render(archive)) {
      if (file.path().endsWith(".json")) {
        continue; // data, not markup: JSON strings hold the text as it is
      }
      String text = new String(file.bytes(), StandardCharsets.UTF_8);
      assertFalse(text.contains(MARKER), file.path() + " lets markup through:\n" + text);
    }
  }
}
