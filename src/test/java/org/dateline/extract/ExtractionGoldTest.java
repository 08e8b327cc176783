package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.Metadata;
import org.dateline.read.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor against the hand-checked gold of the seed story and the twelve sample articles
 * (src/test/resources/extract/gold, copies of ../shared/corpus/samples; the seed text is in
 * seeds/). The seed must come out exactly right; the samples must meet the aggregate targets.
 */
class ExtractionGoldTest {
  private static final MetadataExtractor EXTRACTOR = MetadataExtractor.withDefaults();
  private static final ObjectMapper JSON = new ObjectMapper();

  record Case(String set, String file, JsonNode gold, String text) {
    @Override
    public String toString() {
      return set + "/" + file;
    }
  }

  static Stream<Arguments> seed() throws IOException {
    return cases("seed-gold.json", "seed").stream().map(Arguments::of);
  }

  static Stream<Arguments> samples() throws IOException {
    return cases("gold.json", "samples").stream().map(Arguments::of);
  }

  private static List<Case> cases(String goldName, String set) throws IOException {
    JsonNode gold = JSON.readTree(resource(goldName));
    List<Case> out = new ArrayList<>();
    for (JsonNode article : gold.get("articles")) {
      String file = article.get("file").asText();
      String text;
      InputStream in = ExtractionGoldTest.class.getResourceAsStream("/extract/gold/" + file);
      if (in != null) {
        try (in) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } else {
        text = Files.readString(Path.of("seeds", file));
      }
      out.add(new Case(set, file, article, text));
    }
    return out;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ExtractionGoldTest.class.getResourceAsStream("/extract/gold/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Metadata extract(Case c) throws Exception {
    return EXTRACTOR.extract(new DocumentReader().parse(c.text(), c.file(), new ArrayList<>()));
  }

  private static void assertLayout(Case c, Metadata m) {
    JsonNode g = c.gold();
    assertEquals(GoldScoring.norm(g.get("title").asText()), GoldScoring.norm(m.title()), c + ": title");
    List<String> places = new ArrayList<>();
    g.get("dateline").get("places").forEach(p -> places.add(GoldScoring.norm(p.asText())));
    assertEquals(places, m.dateline().places().stream().map(GoldScoring::norm).toList(), c + ": dateline places");
    JsonNode date = g.get("dateline").get("date");
    assertEquals(date.isNull() ? null : date.asText(), m.dateline().date(), c + ": dateline date");
    if (g.has("sections")) {
      List<String> sections = new ArrayList<>();
      g.get("sections").forEach(s -> sections.add(GoldScoring.norm(s.asText())));
      assertEquals(sections, m.sections().stream().map(GoldScoring::norm).toList(), c + ": sections");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seed")
  void seedStoryComesOutExactlyRight(Case c) throws Exception {
    Metadata m = extract(c);
    assertLayout(c, m);
    GoldScoring s = new GoldScoring();
    s.score(c.gold(), m);
    assertEquals(0, s.peopleFp + s.peopleFn + s.countriesFp + s.countriesFn, c + ": " + s.differences);
    assertTrue(GoldScoring.ratio(s.rolesFound, s.rolesTotal) >= 0.75, c + ": roles " + s.differences);
    assertTrue(GoldScoring.ratio(s.quotesFound, s.quotesTotal) >= 0.75, c + ": quotes " + s.differences);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleTitleDatelineAndSectionsAreRight(Case c) throws Exception {
    assertLayout(c, extract(c));
  }

  @Test
  void samplesMeetTheAggregateTargets() throws Exception {
    GoldScoring total = new GoldScoring();
    for (Case c : cases("gold.json", "samples")) {
      GoldScoring s = new GoldScoring();
      s.score(c.gold(), extract(c));
      total.peopleTp += s.peopleTp;
      total.peopleFp += s.peopleFp;
      total.peopleFn += s.peopleFn;
      total.countriesTp += s.countriesTp;
      total.countriesFp += s.countriesFp;
      total.countriesFn += s.countriesFn;
      total.rolesFound += s.rolesFound;
      total.rolesTotal += s.rolesTotal;
      total.quotesFound += s.quotesFound;
      total.quotesTotal += s.quotesTotal;
      s.differences.forEach(d -> total.differences.add(c.file() + ": " + d));
    }
    String why = String.join("\n", total.differences);
    assertTrue(GoldScoring.f1(total.peopleTp, total.peopleFp, total.peopleFn) >= 0.95, "people F1\n" + why);
    assertTrue(GoldScoring.f1(total.countriesTp, total.countriesFp, total.countriesFn) >= 0.97, "countries F1\n" + why);
    assertTrue(GoldScoring.ratio(total.rolesFound, total.rolesTotal) >= 0.85, "roles recall\n" + why);
    assertTrue(GoldScoring.ratio(total.quotesFound, total.quotesTotal) >= 0.85, "quotes recall\n" + why);
  }
}
