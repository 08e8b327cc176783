package org.dateline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader does, in a real browser, twice: on the site opened from disk ({@code file://})
 * and on the site served under a sub-path ({@code http://127.0.0.1:PORT/archive/}), with no
 * base-URL setting. No page may log a JavaScript error or a failed request.
 */
class JourneyBrowserTest {
  private static Path site;
  private static StaticServer server;
  private static ChromeDriver driver;
  private final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    site = BrowserSite.build();
    server = new StaticServer(site, "/archive/");
    driver = Chromium.start(1280, 900);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static Stream<Arguments> bases() throws Exception {
    return Stream.of(Arguments.of("file"), Arguments.of("http"));
  }

  private String base(String kind) {
    return kind.equals("file") ? site.toUri().toString() : server.url();
  }

  private void open(String url) {
    driver.get(url);
    collectErrors();
  }

  private void click(WebElement link) {
    link.click();
    collectErrors();
  }

  private void collectErrors() {
    consoleErrors.addAll(Chromium.errors(driver));
  }

  @AfterEach
  void noPageLoggedAnError() {
    collectErrors();
    assertEquals(List.of(), consoleErrors, "JavaScript errors or failed requests");
  }

  private String h1() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  private WebElement link(String text) {
    return driver.findElement(By.linkText(text));
  }

  @ParameterizedTest
  @MethodSource("bases")
  void fromHomeToAStoryItsPersonTheirOtherStoryTheirCountryAndBack(String kind) {
    open(base(kind) + "index.html");
    assertEquals("Dateline test archive", h1());
    click(driver.findElement(By.cssSelector("a[rel=next]")));
    click(link("Dock Workers Strike Over Pensions at Gdansk Port"));
    assertEquals("Dock Workers Strike Over Pensions at Gdansk Port", h1());
    click(driver.findElement(By.cssSelector(".mentions .people a")));
    assertEquals("Marta Kowalczyk", h1());
    click(link("Gdansk Dockers Return After Pension Deal"));
    assertEquals("Gdansk Dockers Return After Pension Deal", h1());
    click(driver.findElement(By.partialLinkText("Poland")));
    assertTrue(h1().endsWith("Poland"), h1());
    driver.navigate().back();
    collectErrors();
    assertEquals("Gdansk Dockers Return After Pension Deal", h1());
  }

  @ParameterizedTest
  @MethodSource("bases")
  void searchFindsAStoryByAPersonsNameAndOpensIt(String kind) {
    open(base(kind) + "index.html");
    click(link("Search"));
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys("kowalczyk", Keys.ENTER);
    List<WebElement> results = waitForResults();
    assertEquals(3, results.size());
    assertTrue(driver.getCurrentUrl().contains("search.html?q=kowalczyk"), "the query is in the address");
    String title = results.get(0).findElement(By.tagName("a")).getText();
    click(results.get(0).findElement(By.tagName("a")));
    assertEquals(title, h1());
  }

  @ParameterizedTest
  @MethodSource("bases")
  void searchFindsAStoryByAWordOfItsBody(String kind) {
    click(onlyResultMarking(kind, "metallurgy").findElement(By.tagName("a")));
    assertEquals("Kazakhstan Sees South Korea as Ideal Partner in Pragmatic Diplomacy", h1());
  }

  @ParameterizedTest
  @MethodSource("bases")
  void aSnippetShowsAMatchFarIntoAStory(String kind) {
    // near the end of the seed story: its block is in a later text file than the opening's
    WebElement result = onlyResultMarking(kind, "unabated");
    assertTrue(result.getText().contains("Korean wave"), result.getText());
  }

  /** The one result of a search for {@code word}, whose snippet marks that word. */
  private WebElement onlyResultMarking(String kind, String word) {
    open(base(kind) + "search.html?q=" + word);
    List<WebElement> results = waitForResults();
    assertEquals(1, results.size());
    assertEquals(word, results.get(0).findElement(By.tagName("mark")).getText());
    return results.get(0);
  }

  @ParameterizedTest
  @MethodSource("bases")
  void paginationGoesToOlderStoriesAndBack(String kind) {
    open(base(kind) + "index.html");
    String first = driver.findElement(By.cssSelector(".story h3 a")).getText();
    click(driver.findElement(By.cssSelector("a[rel=next]")));
    assertTrue(driver.findElement(By.cssSelector(".pagination")).getText().contains("Page 2 of"));
    assertFalse(first.equals(driver.findElement(By.cssSelector(".story h3 a")).getText()));
    click(driver.findElement(By.cssSelector("a[rel=prev]")));
    assertEquals(first, driver.findElement(By.cssSelector(".story h3 a")).getText());
  }

  @ParameterizedTest
  @MethodSource("bases")
  void aPersonsFeedLinkAnswersWithAtom(String kind) throws Exception {
    open(base(kind) + "people/marta-kowalczyk.html");
    String href =
        driver.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']")).getAttribute("href");
    String body;
    if (kind.equals("http")) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(10)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
      body = response.body();
    } else {
      body = Files.readString(Path.of(URI.create(href)));
    }
    assertTrue(body.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""), body);
    assertTrue(body.contains("Gdansk Dockers Return After Pension Deal"), body);
  }

  private List<WebElement> waitForResults() {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.textMatches(By.id("search-status"), java.util.regex.Pattern.compile("match")));
    collectErrors();
    return driver.findElements(By.cssSelector("#search-results > li"));
  }
}
