package org.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream at {@code /__dateline/events}: each open page holds one
 * connection; {@link #reload} tells all of them to reload. A connection's handler thread waits for
 * the next build (or a keep-alive tick) and writes one event.
 */
final class LiveReload {
  private static final long KEEP_ALIVE_SECONDS = 15;

  private final Object lock = new Object();
  private long generation;
  private boolean closed;

  /** Tells every open page to reload. */
  void reload() {
    synchronized (lock) {
      generation++;
      lock.notifyAll();
    }
  }

  /** Ends every open stream. */
  void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  void handle(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    long seen;
    synchronized (lock) {
      seen = generation;
    }
    try (OutputStream out = exchange.getResponseBody()) {
      send(out, "retry: 1000\n: connected\n\n");
      while (true) {
        long now;
        synchronized (lock) {
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS);
          while (!closed && generation == seen && System.nanoTime() < deadline) {
            lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
          }
          if (closed) {
            return;
          }
          now = generation;
        }
        send(out, now != seen ? "event: reload\ndata: " + now + "\n\n" : ": keep-alive\n\n");
        seen = now;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the page went away
    }
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
