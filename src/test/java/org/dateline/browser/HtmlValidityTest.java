package org.dateline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated HTML page passes the Nu HTML Checker with no errors. */
class HtmlValidityTest {
  @Test
  void everyPageIsValidHtml() throws Exception {
    Path site = BrowserSite.build();
    List<Path> pages = BrowserSite.pages(site, ".html");
    assertTrue(pages.size() > 50, "pages: " + pages.size());
    try (NuChecker checker = new NuChecker()) {
      for (Path page : pages) {
        checker.check(page);
      }
      assertEquals(List.of(), checker.errors(), pages.size() + " pages checked");
    }
  }

  @Test
  void theCheckerReportsInvalidPages(@TempDir Path temp) throws Exception {
    Path page = Files.writeString(temp.resolve("bad.html"),
        "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>x</p></span></body></html>");
    try (NuChecker checker = new NuChecker()) {
      checker.check(page);
      assertFalse(checker.errors().isEmpty());
    }
  }
}
