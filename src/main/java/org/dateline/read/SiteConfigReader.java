package org.dateline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SiteConfig;
import org.dateline.model.SourcePos;

/**
 * Reads {@code site.yaml}: {@code title}, {@code description}, {@code language}, {@code base_url},
 * {@code page_size}, {@code trust_html}. A missing file gives the defaults.
 */
public final class SiteConfigReader {
  private SiteConfigReader() {}

  public static SiteConfig read(Path file, String displayPath, List<Diagnostic> warnings)
      throws ContentException {
    if (!Files.isRegularFile(file)) {
      return SiteConfig.DEFAULT;
    }
    String text;
    try {
      text = SourceText.decode(Files.readAllBytes(file), displayPath);
    } catch (IOException e) {
      throw new ContentException(
          Diagnostic.error(SourcePos.startOf(displayPath), "io", "cannot read the file: " + e));
    }
    SimpleYaml yaml = SimpleYaml.parse(text, displayPath);
    SiteConfig d = SiteConfig.DEFAULT;
    yaml.warnUnknown(List.of("title", "description", "language", "base_url", "page_size", "trust_html"), warnings);
    String baseUrl = yaml.string("base_url", d.baseUrl());
    if (baseUrl != null && !baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
    if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+/.*")) {
      throw yaml.error("base_url", "base_url must be an absolute http(s) URL, like https://news.example.org/");
    }
    return new SiteConfig(
        yaml.string("title", d.title()),
        yaml.string("description", d.description()),
        yaml.string("language", d.language()),
        baseUrl,
        yaml.positiveInt("page_size", d.pageSize()),
        yaml.bool("trust_html", d.trustHtml()));
  }
}
