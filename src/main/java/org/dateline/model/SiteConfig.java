package org.dateline.model;

import java.util.Objects;

/**
 * The site's settings, from {@code site.yaml} at the project root.
 *
 * @param baseUrl absolute URL the site is published at ("https://news.example.org/"), or null;
 *     only feeds, the sitemap and canonical links need it
 * @param pageSize stories per page on long lists
 * @param trustHtml true to publish raw HTML in Markdown as written; by default it is sanitised
 *     with an allow-list
 */
public record SiteConfig(
    String title,
    String description,
    String language,
    String baseUrl,
    int pageSize,
    boolean trustHtml) {
  public static final SiteConfig DEFAULT =
      new SiteConfig("Dateline", "A news archive.", "en", null, 20, false);

  public SiteConfig {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(language, "language must not be null");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
    }
  }
}
