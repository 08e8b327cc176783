package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.pipeline.BuildOptions;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher, the server and a whole serve session, over 127.0.0.1 on ephemeral ports. */
@Timeout(60)
class ServeTest {
  @TempDir Path temp;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aFileChangeTriggersOneCallbackWithinTenSeconds() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    CountDownLatch changed = new CountDownLatch(1);
    try (ContentWatcher watcher = ContentWatcher.start(root, ServeSession.WATCHED, Set.of("site.yaml"),
        Duration.ofMillis(100), changed::countDown)) {
      Files.writeString(root.resolve("content/2024/ferry-line.md"), "\nMore text.\n",
          java.nio.file.StandardOpenOption.APPEND);
      assertTrue(changed.await(10, TimeUnit.SECONDS), "no rebuild after a change");
    }
  }

  @Test
  void aNewFolderIsWatchedToo() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    CountDownLatch changed = new CountDownLatch(2);
    try (ContentWatcher watcher = ContentWatcher.start(root, ServeSession.WATCHED, Set.of("site.yaml"),
        Duration.ofMillis(100), changed::countDown)) {
      Files.createDirectories(root.resolve("content/2030"));
      waitFor(() -> changed.getCount() == 1);
      Files.writeString(root.resolve("content/2030/new.md"), "# New\n\nText.\n");
      assertTrue(changed.await(10, TimeUnit.SECONDS), "no rebuild after a change in a new folder");
    }
  }

  @Test
  void aRebuildThatRunsOutOfMemoryFailsAndTheServerGoesOn() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    BuildOptions options = BuildOptions.standard(root).withOut(temp.resolve("serve-out"));
    boolean[] greedy = {false};
    DevServer.Build build =
        stories -> {
          if (greedy[0]) {
            throw new OutOfMemoryError("Java heap space");
          }
          return new org.dateline.pipeline.SiteBuild(options).withCache(stories).run();
        };
    List<String> log = new java.util.ArrayList<>();
    try (DevServer server = new DevServer(options, 0, log::add, build)) {
      assertTrue(server.rebuild());
      server.start();
      String article = "http://127.0.0.1:" + server.port() + "/articles/ferry-line.html";
      greedy[0] = true;
      assertFalse(server.rebuild());
      HttpResponse<String> stale = get(article);
      assertEquals(200, stale.statusCode());
      assertTrue(stale.body().contains("New Ferry Line Links Malta and Sicily"), "last good page");
      assertTrue(stale.body().contains("out of memory"), stale.body());
      assertTrue(log.get(log.size() - 1).startsWith("Build failed: out of memory"), log.toString());
      greedy[0] = false;
      assertTrue(server.rebuild(), "the next rebuild runs");
      assertFalse(get(article).body().contains("dateline-build-errors"));
    }
  }

  @Test
  void servesPagesWithTheReloadScriptAndKeepsTheLastGoodSiteOnFailure() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    Path out = temp.resolve("serve-out");
    try (DevServer server = new DevServer(BuildOptions.standard(root).withOut(out), 0, line -> {})) {
      assertTrue(server.rebuild());
      server.start();
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> home = get(base + "/");
      assertEquals(200, home.statusCode());
      assertTrue(home.body().contains(SiteFiles.RELOAD_SCRIPT + "\n</body>"), home.body());
      assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertTrue(get(base + "/__dateline/reload.js").body().contains("EventSource(\"/__dateline/events\")"));
      assertEquals(404, get(base + "/no/such/page.html").statusCode());
      assertEquals(404, get(base + "/../../etc/passwd").statusCode());

      try (Stream<Path> files = Files.walk(out)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
          assertFalse(Files.readString(f).contains("__dateline"), "built file has serve code: " + f);
        }
      }

      String article = base + "/articles/ferry-line.html";
      assertTrue(get(article).body().contains("New Ferry Line Links Malta and Sicily"));
      Fixtures.write(root, "content/broken.md", "---\ntitle: [unclosed <b>\n---\nBody\n");
      assertFalse(server.rebuild());
      HttpResponse<String> stale = get(article);
      assertEquals(200, stale.statusCode());
      assertTrue(stale.body().contains("New Ferry Line Links Malta and Sicily"), "last good page");
      assertTrue(stale.body().contains("content/broken.md:2:"), stale.body());
      assertTrue(stale.body().contains("error: not valid YAML"), stale.body());
      assertTrue(stale.body().contains("dateline-build-errors"), stale.body());
      assertFalse(stale.body().contains("[unclosed <b>"), "diagnostics are escaped");

      Files.delete(root.resolve("content/broken.md"));
      assertTrue(server.rebuild());
      assertFalse(get(article).body().contains("dateline-build-errors"));
    }
  }

  @Test
  void theFirstBuildReusesTheCacheOnDiskAndRebuildsSaveIt() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (DevServer server = new DevServer(BuildOptions.standard(root).withOut(temp.resolve("a")), 0, log::add)) {
      assertTrue(server.rebuild());
      Fixtures.write(root, "content/2024/late.md", "# Late Story\n\nText of the late story.\n");
      assertTrue(server.rebuild());
    }
    assertTrue(log.stream().anyMatch(l -> l.startsWith("Built: 3 stories (2 from cache), ")), log.toString());
    try (DevServer server = new DevServer(BuildOptions.standard(root).withOut(temp.resolve("b")), 0, log::add)) {
      log.clear();
      assertTrue(server.rebuild());
    }
    assertTrue(log.stream().anyMatch(l -> l.startsWith("Built: 3 stories (3 from cache), ")), log.toString());
  }

  @Test
  void aSessionRebuildsOnChangeAndTellsPagesToReload() throws Exception {
    Path root = Fixtures.site("basic", temp.resolve("site"));
    try (ServeSession session = ServeSession.open(BuildOptions.standard(root), 0, line -> {})) {
      HttpResponse<InputStream> events =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + "/__dateline/events")).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, events.statusCode());
      assertTrue(events.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
        assertEquals("retry: 1000", lines.readLine());
        Files.writeString(root.resolve("content/2024/ferry-line.md"),
            Files.readString(root.resolve("content/2024/ferry-line.md")).replace("ninety minutes", "eighty minutes"));
        String line;
        while ((line = lines.readLine()) != null && !line.equals("event: reload")) {
          // keep reading until the reload event (the test's timeout bounds this)
        }
        assertEquals("event: reload", line);
      }
      String page = get("http://127.0.0.1:" + session.port() + "/articles/ferry-line.html").body();
      assertTrue(page.contains("eighty minutes"), "the rebuilt page is served");
      assertFalse(Files.exists(root.resolve("site-out")), "serve never writes site-out/");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(condition.getAsBoolean(), "condition not met within 10 s");
  }

}
