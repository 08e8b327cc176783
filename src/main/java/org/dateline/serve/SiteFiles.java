package org.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.dateline.diag.Diagnostic;

/**
 * Answers GET requests from the built site's folder: {@code /} and folders give their
 * {@code index.html}, missing files the site's {@code 404.html}. HTML responses get the reload
 * script (and, after a failed build, the errors) before {@code </body>}; the files are not changed.
 */
final class SiteFiles {
  static final String RELOAD_SCRIPT = "<script src=\"/__dateline/reload.js\"></script>";

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"));

  private final Path out;
  private final Supplier<List<Diagnostic>> errors;

  SiteFiles(Path out, Supplier<List<Diagnostic>> errors) {
    this.out = out.toAbsolutePath().normalize();
    this.errors = errors;
  }

  void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Path file = resolve(exchange.getRequestURI().getPath());
      int status = 200;
      if (file == null || !Files.isRegularFile(file)) {
        status = 404;
        file = out.resolve("404.html");
      }
      if (!Files.isRegularFile(file)) {
        List<Diagnostic> now = errors.get();
        byte[] page = inject(ErrorPage.page(now.isEmpty() ? "Not found" : "The site could not be built"), now);
        send(exchange, now.isEmpty() ? 404 : 500, TYPES.get("html"), page);
        return;
      }
      String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
      byte[] body = Files.readAllBytes(file);
      if (type.startsWith("text/html")) {
        body = inject(new String(body, StandardCharsets.UTF_8), errors.get());
      }
      send(exchange, status, type, body);
    }
  }

  /** The file a URL path names inside the site folder, or null when it would leave it. */
  Path resolve(String urlPath) {
    String relative = urlPath == null ? "" : urlPath.replaceFirst("^/+", "");
    try {
      Path file = out.resolve(relative).normalize();
      if (!file.startsWith(out)) {
        return null;
      }
      return Files.isDirectory(file) ? file.resolve("index.html") : file;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The HTML with the error overlay (if any) and the reload script before {@code </body>}. */
  static byte[] inject(String html, List<Diagnostic> errors) {
    String snippet = ErrorPage.overlay(errors) + RELOAD_SCRIPT + "\n";
    int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String result = at < 0 ? html + snippet : html.substring(0, at) + snippet + html.substring(at);
    return result.getBytes(StandardCharsets.UTF_8);
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    }
  }

  /** A bundled resource of this package ({@code reload.js}, {@code overlay.css}). */
  static void resource(HttpExchange exchange, String name, String type) throws IOException {
    try (exchange; InputStream in = SiteFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      send(exchange, 200, type, in.readAllBytes());
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
