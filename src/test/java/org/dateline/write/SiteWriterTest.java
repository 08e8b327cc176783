package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path temp;

  @Test
  void replacesThePreviousSiteWhole() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(List.of(OutputFile.text("old.html", "old")));
    new SiteWriter(out).write(List.of(OutputFile.text("new.html", "new")));
    assertTrue(Files.exists(out.resolve("new.html")));
    assertFalse(Files.exists(out.resolve("old.html")));
  }

  @Test
  void pathsThatLeaveTheOutputFolderAreRefusedAndTheOldSiteKept() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(List.of(OutputFile.text("index.html", "v1")));
    for (String bad : List.of("../escape.html", "/etc/x", "C:\\x", "a/../../x", "a\0b", "")) {
      assertThrows(
          IOException.class,
          () -> new SiteWriter(out).write(List.of(OutputFile.text("ok.html", "x"), OutputFile.text(bad, "x"))),
          bad);
    }
    assertEquals("v1", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(temp.resolve("escape.html")));
    try (var files = Files.list(temp)) {
      assertEquals(List.of(out), files.toList(), "no staging folders are left behind");
    }
  }

  @Test
  void twoFilesAtTheSamePathAreAnError() {
    Path out = temp.resolve("site-out");
    assertThrows(
        IOException.class,
        () -> new SiteWriter(out).write(List.of(OutputFile.text("a.html", "1"), OutputFile.text("A.html", "2"))));
  }

  @Test
  void anOutputFolderThatIsALinkIsNotReplaced() throws IOException {
    Path real = Files.createDirectories(temp.resolve("elsewhere"));
    Path out = Files.createSymbolicLink(temp.resolve("site-out"), real);
    assertThrows(IOException.class, () -> new SiteWriter(out).write(List.of(OutputFile.text("a.html", "1"))));
    assertTrue(Files.isSymbolicLink(out));
  }
}
