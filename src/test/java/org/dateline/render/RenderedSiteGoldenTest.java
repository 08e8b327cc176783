package org.dateline.render;

import java.nio.file.Path;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.SiteBuild;
import org.dateline.testing.Fixtures;
import org.dateline.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The basic fixture site, rendered with the project's templates, compared whole-file with
 * {@code src/test/resources/render/golden/basic/}. After an intended change to templates or
 * extraction, run {@code mvn test -Dtest=RenderedSiteGoldenTest -Dgolden.update=true} and review
 * the diff.
 */
class RenderedSiteGoldenTest {
  @TempDir Path temp;

  @Test
  void basicSiteMatchesItsGoldenFiles() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    new SiteBuild(BuildOptions.standard(root)).run();
    Golden.assertTreeMatches(
        root.resolve("site-out"), Path.of("src/test/resources/render/golden/basic").toAbsolutePath());
  }
}
