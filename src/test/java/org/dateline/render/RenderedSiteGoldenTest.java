package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
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
    Path out = root.resolve("site-out");
    // Static assets are copied as they are: compared with templates/assets, not kept twice.
    Path assets = out.resolve("assets");
    assertEquals(Golden.files(Fixtures.TEMPLATES.resolve("assets")), Golden.files(assets));
    for (String file : Golden.files(assets)) {
      assertArrayEquals(
          Files.readAllBytes(Fixtures.TEMPLATES.resolve("assets").resolve(file)),
          Files.readAllBytes(assets.resolve(file)),
          file);
    }
    Fixtures.deleteTree(assets);
    // A page's key hashes the code's version too, so the golden manifest shows only which have one.
    Path manifest = out.resolve(".dateline-files");
    Files.writeString(manifest, Files.readString(manifest).replaceAll("(?m)^([0-9a-f]{32}) [0-9a-f]{32} ", "$1 <key> "));
    Golden.assertTreeMatches(out, Path.of("src/test/resources/render/golden/basic").toAbsolutePath());
  }
}
