package org.dateline.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small static file server on 127.0.0.1 that serves a folder under a sub-path ({@code /archive/}),
 * as a host that publishes the site somewhere other than its root would.
 */
final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "xml", "application/atom+xml; charset=utf-8",
          "json", "application/json",
          "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final Path root;
  private final String prefix;

  StaticServer(Path root, String prefix) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.prefix = prefix;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(prefix, this::serve);
    server.start();
  }

  /** The site's address, ending in the prefix: {@code http://127.0.0.1:PORT/archive/}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    Path file = root.resolve(path.substring(prefix.length())).normalize();
    if (path.endsWith("/")) {
      file = file.resolve("index.html");
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(404, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      return;
    }
    String name = file.getFileName().toString();
    String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    exchange.getResponseHeaders().set("Content-Type", type);
    byte[] body = Files.readAllBytes(file);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
