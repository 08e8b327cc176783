package org.dateline.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.diag.OutOfMemory;
import org.dateline.model.SourcePos;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.BuildReport;
import org.dateline.pipeline.SiteBuild;
import org.dateline.pipeline.StoryCache;

/**
 * Serve mode's web server on 127.0.0.1: serves the site built into {@code options.out()} (a
 * private folder, never site-out/), rebuilds it on request with the normal {@link SiteBuild}, and
 * tells open pages to reload. A failed rebuild keeps the last good site (the build writes nothing)
 * and shows its diagnostics on every page.
 *
 * <pre>{@code
 * try (DevServer server = new DevServer(options.withOut(tempDir), 8080, System.out::println)) {
 *   server.rebuild();
 *   server.start();
 * }
 * }</pre>
 */
public final class DevServer implements AutoCloseable {
  private final BuildOptions options;
  private final int port;
  private final Consumer<String> log;
  private final LiveReload live = new LiveReload();
  /**
   * Stories read in earlier builds: a rebuild re-reads and re-extracts only changed ones. The
   * first build fills it from the cache on disk (when the options name a cache folder), and every
   * build that read stories saves it there.
   */
  private final StoryCache stories = new StoryCache();
  private final Build build;
  private volatile List<Diagnostic> errors = List.of();
  private HttpServer server;
  private ExecutorService executor;

  /** One build of the site, with the stories read in earlier builds. */
  @FunctionalInterface
  interface Build {
    BuildReport run(StoryCache stories) throws ContentException, IOException;
  }

  /** @param port the port to listen on; 0 for any free port */
  public DevServer(BuildOptions options, int port, Consumer<String> log) {
    this(options, port, log, stories -> new SiteBuild(options).withCache(stories).run());
  }

  /** A server whose rebuilds are {@code build}'s (tests give one that fails as a build may). */
  DevServer(BuildOptions options, int port, Consumer<String> log, Build build) {
    this.options = Objects.requireNonNull(options, "options must not be null");
    this.port = port;
    this.log = Objects.requireNonNull(log, "log must not be null");
    this.build = Objects.requireNonNull(build, "build must not be null");
  }

  /**
   * Builds the site; on failure keeps the last good one. Tells open pages to reload either way. A
   * build that runs out of memory is a failed build too: what it held is let go, and the server
   * goes on with the last good site rather than stop rebuilding.
   */
  public synchronized boolean rebuild() {
    boolean ok;
    try {
      BuildReport report = build.run(stories);
      errors = List.of();
      report.problems().forEach(d -> log.accept(d.toString()));
      log.accept("Built: " + report.summary());
      ok = true;
    } catch (ContentException e) {
      errors = e.diagnostics();
      errors.forEach(d -> log.accept(d.toString()));
      log.accept("Build failed; still serving the last good site.");
      ok = false;
    } catch (IOException | RuntimeException e) {
      errors = List.of(Diagnostic.error(SourcePos.startOf(options.root().toString()), "build", String.valueOf(e)));
      log.accept("Build failed: " + e);
      ok = false;
    } catch (OutOfMemoryError e) {
      String message = OutOfMemory.message(Runtime.getRuntime().maxMemory());
      errors = List.of(Diagnostic.error(SourcePos.startOf(options.root().toString()), "memory", message));
      log.accept("Build failed: " + message);
      ok = false;
    }
    live.reload();
    return ok;
  }

  /** The diagnostics of the last build when it failed; empty after a good build. */
  public List<Diagnostic> errors() {
    return errors;
  }

  /** Starts listening on 127.0.0.1. */
  public synchronized void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "dateline-serve");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    SiteFiles files = new SiteFiles(options.out(), this::errors);
    server.createContext("/", files::handle);
    server.createContext("/__dateline/events", live::handle);
    server.createContext(
        "/__dateline/reload.js", x -> SiteFiles.resource(x, "reload.js", "text/javascript; charset=utf-8"));
    server.createContext(
        "/__dateline/overlay.css", x -> SiteFiles.resource(x, "overlay.css", "text/css; charset=utf-8"));
    server.start();
  }

  /** The port listened on (the real one when started with 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Ends the event streams and stops the server. */
  @Override
  public synchronized void close() {
    live.close();
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }
}
