package org.dateline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (from npm, installed by .ci/run into src/test/browser/node_modules) finds no serious
 * or critical accessibility violation on any page kind, in light and in dark mode.
 */
class AccessibilityBrowserTest {
  private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
  private static Path site;
  private static ChromeDriver driver;
  private static String axe;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    if (!Files.isRegularFile(AXE)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI must run the accessibility test: npm ci --prefix src/test/browser (see .ci/run)");
      }
      Assumptions.assumeTrue(false, "axe-core is not installed (npm ci --prefix src/test/browser): test skipped");
    }
    axe = Files.readString(AXE);
    site = BrowserSite.build();
    driver = Chromium.start(1280, 900);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static List<Map<String, Object>> seriousViolations() {
    driver.executeScript(axe);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))))"
                    + ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));");
    return violations;
  }

  @Test
  void axeReportsAViolationOnABadPage(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
    Path bad = Files.writeString(temp.resolve("bad.html"),
        "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"x.png\">"
            + "<p style=\"color:#bbb;background:#fff\">faint</p></body></html>");
    driver.get(bad.toUri().toString());
    List<String> ids = seriousViolations().stream().map(v -> String.valueOf(v.get("id"))).toList();
    assertEquals(true, ids.contains("image-alt"), ids.toString());
  }

  @Test
  void noSeriousOrCriticalViolationOnAnyPageKind() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      driver.executeCdpCommand(
          "Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (PageKinds page : PageKinds.ALL) {
        driver.get(site.toUri() + page.path());
        Thread.sleep(page.name().equals("search") ? 500 : 0);
        for (Map<String, Object> v : seriousViolations()) {
          problems.add(scheme + " " + page.name() + ": " + v.get("id") + " (" + v.get("help") + ") at " + v.get("nodes"));
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
