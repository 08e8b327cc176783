package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.SiteBuild;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLdTest {
  private static final Pattern LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  @TempDir Path temp;

  private JsonNode jsonLd(Path page) throws Exception {
    Matcher m = LD.matcher(Files.readString(page));
    assertTrue(m.find(), "no JSON-LD in " + page);
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void articleIsANewsArticleWithItsDatelineAuthorsAndMentions() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Files.writeString(root.resolve("site.yaml"), "title: Harbour Archive\nbase_url: https://news.example.org/\n");
    new SiteBuild(BuildOptions.standard(root)).run();
    JsonNode ld = jsonLd(root.resolve("site-out/articles/ferry-line.html"));
    assertEquals("https://schema.org", ld.get("@context").asText());
    assertEquals("NewsArticle", ld.get("@type").asText());
    assertEquals("New Ferry Line Links Malta and Sicily", ld.get("headline").asText());
    assertEquals("2024-05-02", ld.get("datePublished").asText());
    assertEquals("Valletta", ld.get("dateline").asText());
    assertEquals("Ana Reyes", ld.get("author").get(0).get("name").asText());
    assertEquals("Harbour Archive", ld.get("publisher").get("name").asText());
    assertEquals("https://news.example.org/articles/ferry-line.html", ld.get("url").asText());
    List<String> mentions = new ArrayList<>();
    ld.get("mentions").forEach(m -> mentions.add(m.get("@type").asText() + ":" + m.get("name").asText()));
    assertTrue(mentions.contains("Person:Joseph Camilleri"), mentions.toString());
    assertTrue(mentions.contains("Country:Malta"), mentions.toString());
  }

  @Test
  void personPageCarriesAPerson() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    new SiteBuild(BuildOptions.standard(root)).run();
    JsonNode ld = jsonLd(root.resolve("site-out/people/joseph-camilleri.html"));
    assertEquals("Person", ld.get("@type").asText());
    assertEquals("Joseph Camilleri", ld.get("name").asText());
    assertEquals("chairman of the Malta Freeport Authority", ld.get("jobTitle").get(0).asText());
  }
}
