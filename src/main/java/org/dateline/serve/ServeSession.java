package org.dateline.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dateline.pipeline.BuildOptions;

/**
 * One {@code dateline serve}: a private output folder, the first build, the server and the
 * watcher that rebuilds on every change. {@link #close} stops them and deletes the folder.
 *
 * <pre>{@code
 * try (ServeSession session = ServeSession.open(BuildOptions.standard(root), 8080, log)) {
 *   session.awaitClose();
 * }
 * }</pre>
 */
public final class ServeSession implements AutoCloseable {
  static final List<String> WATCHED = List.of("content", "seeds", "templates");
  static final Duration DEBOUNCE = Duration.ofMillis(150);

  private final Path out;
  private final DevServer server;
  private final ContentWatcher watcher;
  private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

  private ServeSession(Path out, DevServer server, ContentWatcher watcher) {
    this.out = out;
    this.server = server;
    this.watcher = watcher;
  }

  /** Builds {@code options} into a temporary folder and serves it on 127.0.0.1:{@code port}. */
  public static ServeSession open(BuildOptions options, int port, Consumer<String> log)
      throws IOException {
    Path out = Files.createTempDirectory("dateline-serve-");
    DevServer server = new DevServer(options.withOut(out.resolve("site")), port, log);
    try {
      server.rebuild();
      server.start();
      Path root = options.root().toAbsolutePath().normalize();
      Set<String> rootFiles = Set.of(options.config().getFileName().toString());
      ContentWatcher watcher =
          ContentWatcher.start(root, WATCHED, rootFiles, DEBOUNCE, () -> {
            log.accept("Change seen; rebuilding...");
            server.rebuild();
          });
      return new ServeSession(out, server, watcher);
    } catch (IOException | RuntimeException e) {
      server.close();
      delete(out);
      throw e;
    }
  }

  public int port() {
    return server.port();
  }

  public DevServer server() {
    return server;
  }

  /** Waits until {@link #close} is called (by Ctrl-C's shutdown hook). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    watcher.close();
    server.close();
    delete(out);
    closed.countDown();
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder; the system cleans it up eventually
    }
  }
}
