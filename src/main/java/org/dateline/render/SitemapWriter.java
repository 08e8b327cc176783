package org.dateline.render;

import java.util.List;
import org.dateline.model.SiteConfig;
import org.dateline.model.Html;

/**
 * {@code sitemap.xml} (every HTML page but the 404) and {@code robots.txt}. The sitemap protocol
 * needs absolute URLs: without a base URL the sitemap lists none and robots.txt names none.
 */
final class SitemapWriter {
  private SitemapWriter() {}

  static OutputFile sitemap(SiteConfig config, List<String> paths) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    if (config.baseUrl() != null) {
      paths.stream()
          .filter(p -> p.endsWith(".html") && !p.equals("404.html") && !p.equals("search.html"))
          .sorted()
          .forEach(
              p ->
                  xml.append("  <url><loc>")
                      .append(Html.escape(config.baseUrl() + p))
                      .append("</loc></url>\n"));
    }
    xml.append("</urlset>\n");
    return OutputFile.text("sitemap.xml", xml.toString());
  }

  static OutputFile robots(SiteConfig config) {
    String text = "User-agent: *\nAllow: /\n";
    if (config.baseUrl() != null) {
      text += "Sitemap: " + config.baseUrl() + "sitemap.xml\n";
    }
    return OutputFile.text("robots.txt", text);
  }

}
