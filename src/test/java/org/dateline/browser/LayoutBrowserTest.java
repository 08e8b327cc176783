package org.dateline.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Pages fit a phone: at 375 px no page scrolls sideways. Screenshots of the main page kinds at
 * desktop and phone widths are written to target/screenshots/ on every run.
 */
class LayoutBrowserTest {
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static Path site;

  @BeforeAll
  static void build() throws Exception {
    Chromium.assumeInstalled();
    site = BrowserSite.build();
    Files.createDirectories(SCREENSHOTS);
  }

  private static void visitAll(int width, int height, String label, boolean checkOverflow) throws Exception {
    ChromeDriver driver = Chromium.start(width, height);
    try {
      for (PageKinds page : PageKinds.ALL) {
        driver.get(site.toUri() + page.path());
        Thread.sleep(page.name().equals("search") ? 500 : 0);
        if (checkOverflow) {
          Number scrollWidth =
              (Number) driver.executeScript("return document.documentElement.scrollWidth;");
          Number viewport = (Number) driver.executeScript("return window.innerWidth;");
          assertTrue(
              scrollWidth.intValue() <= viewport.intValue(),
              page.name() + " scrolls sideways at " + width + " px: " + scrollWidth + " > " + viewport);
        }
        if (List.of("home", "article", "person", "country").contains(page.name())) {
          Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
          Files.copy(shot, SCREENSHOTS.resolve(page.name() + "-" + label + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      driver.quit();
    }
  }

  @Test
  void noPageScrollsSidewaysOnAPhone() throws Exception {
    visitAll(375, 800, "phone", true);
  }

  @Test
  void noPageScrollsSidewaysOnASmallPhone() throws Exception {
    visitAll(320, 640, "small-phone", true);
  }

  @Test
  void desktopScreenshots() throws Exception {
    visitAll(1280, 1000, "desktop", false);
  }

}
