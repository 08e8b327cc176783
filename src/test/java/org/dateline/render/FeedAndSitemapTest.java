package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.SiteBuild;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedAndSitemapTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @TempDir Path temp;

  private Path build(String baseUrl) throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    if (baseUrl != null) {
      Files.writeString(root.resolve("site.yaml"), "title: Harbour Archive\nbase_url: " + baseUrl + "\n");
    }
    new SiteBuild(BuildOptions.standard(root)).run();
    return root.resolve("site-out");
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static String child(Element parent, String name) {
    NodeList list = parent.getElementsByTagNameNS(ATOM, name);
    return list.getLength() == 0 ? null : list.item(0).getTextContent();
  }

  @Test
  void siteFeedIsAtomWithTheRequiredElements() throws Exception {
    Document feed = parse(build(null).resolve("feed.xml"));
    Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertEquals("Harbour Archive", child(root, "title"));
    assertTrue(child(root, "id").startsWith("urn:"));
    assertEquals("2024-05-02T00:00:00Z", child(root, "updated"));
    NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(1, entries.getLength(), "only dated stories are fed");
    Element entry = (Element) entries.item(0);
    assertEquals("New Ferry Line Links Malta and Sicily", child(entry, "title"));
    Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
    assertEquals("articles/ferry-line.html", link.getAttribute("href"));
  }

  @Test
  void pagesAnnounceTheirFeeds() throws Exception {
    String home = Files.readString(build(null).resolve("index.html"));
    assertTrue(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), home);
  }

  @Test
  void withABaseUrlTheSitemapListsEveryPageAndPagesAreCanonical() throws Exception {
    Path out = build("https://news.example.org/harbour");
    Document sitemap = parse(out.resolve("sitemap.xml"));
    NodeList locs = sitemap.getElementsByTagName("loc");
    assertTrue(locs.getLength() > 5);
    for (int i = 0; i < locs.getLength(); i++) {
      assertFalse(locs.item(i).getTextContent().endsWith("/404.html"));
    }
    assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://news.example.org/harbour/sitemap.xml"));
    assertTrue(
        Files.readString(out.resolve("articles/ferry-line.html"))
            .contains("<link rel=\"canonical\" href=\"https://news.example.org/harbour/articles/ferry-line.html\">"));
  }

  @Test
  void withoutABaseUrlTheSitemapIsEmpty() throws Exception {
    Document sitemap = parse(build(null).resolve("sitemap.xml"));
    assertEquals(0, sitemap.getElementsByTagName("loc").getLength());
  }

  @Test
  void jsonLdCannotBeClosedByStoryText() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Fixtures.write(root, "content/evil.md", "---\ntitle: \"Title </script><script>alert(1)</script>\"\n---\nBody text of the story goes here today.\n");
    new SiteBuild(BuildOptions.standard(root)).run();
    String page = Files.readString(root.resolve("site-out/articles/evil.html"));
    assertFalse(page.contains("<script>alert(1)"), page);
    assertTrue(page.contains("\\u003c/script\\u003e"), page);
  }
}
