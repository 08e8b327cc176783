package org.dateline.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.SiteBuild;
import org.dateline.testing.Fixtures;

/**
 * The site the browser tests browse: the project's own seeds and content plus the "browse"
 * fixture (stories that share people, so journeys can go from person to story), built with a
 * small page size so that lists paginate. Built once per JVM into target/browser-site/.
 */
final class BrowserSite {
  private static final Path ROOT = Path.of("target/browser-site").toAbsolutePath();

  private BrowserSite() {}

  static synchronized Path build() throws Exception {
    Path out = ROOT.resolve("site-out");
    if (Files.isRegularFile(out.resolve("index.html"))) {
      return out;
    }
    if (Files.exists(ROOT)) {
      try (Stream<Path> walk = Files.walk(ROOT)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Fixtures.copyTree(Path.of("seeds"), ROOT.resolve("seeds"));
    Fixtures.copyTree(Path.of("content"), ROOT.resolve("content"));
    Fixtures.copyTree(Path.of("src/test/resources/sites/browse/content"), ROOT.resolve("content/browse"));
    Fixtures.copyTree(Fixtures.TEMPLATES, ROOT.resolve("templates"));
    Files.writeString(ROOT.resolve("site.yaml"), "title: Dateline test archive\npage_size: 5\n");
    new SiteBuild(BuildOptions.standard(ROOT)).run();
    return out;
  }

  static List<Path> pages(Path site, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
