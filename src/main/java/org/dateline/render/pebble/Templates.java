package org.dateline.render.pebble;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The site's Pebble templates, loaded from the project's {@code templates/} folder. Strict
 * (a misspelt variable is an error, not an empty string) with HTML auto-escaping on; each
 * template is compiled once. A new instance per build, so an edited template is always seen.
 */
public final class Templates {
  /** Room for a page of about this size to start with. */
  private static final int INITIAL_BYTES = 16 * 1024;

  private final Path folder;
  private final PebbleEngine engine;
  private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
  /** Writers done with, kept for the next pages: one page's bytes are then the only array made. */
  private final Queue<Utf8Writer> writers = new ConcurrentLinkedQueue<>();

  public Templates(Path folder) {
    this.folder = folder;
    FileLoader loader = new FileLoader();
    loader.setPrefix(folder.toAbsolutePath().toString());
    loader.setSuffix(".peb");
    this.engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .strictVariables(true)
            .autoEscaping(true)
            .addEscapingStrategy("html", MarkupEscaper::escape)
            .newLineTrimming(true)
            .cacheActive(true)
            .extension(new ArchiveExtension())
            .build();
  }

  private PebbleTemplate compile(String name, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TemplateException(file.toString(), 0, "template not found: expected " + file);
    }
    return engine.getTemplate(name);
  }

  /**
   * Renders template {@code name} (without {@code .peb}) with {@code context}, as UTF-8.
   *
   * @throws TemplateException naming the template file and line when it is missing or fails
   */
  public byte[] render(String name, Map<String, Object> context) {
    Path file = folder.resolve(name + ".peb");
    try {
      PebbleTemplate template = compiled.computeIfAbsent(name, n -> compile(n, file));
      Utf8Writer out = writers.poll();
      if (out == null) {
        out = new Utf8Writer(INITIAL_BYTES);
      }
      template.evaluate(out, context);
      byte[] bytes = out.toByteArray();
      out.reset();
      writers.offer(out);
      return bytes;
    } catch (PebbleException e) {
      throw new TemplateException(
          e.getFileName() != null ? folder.resolve(e.getFileName() + ".peb").toString() : file.toString(),
          e.getLineNumber() == null ? 0 : e.getLineNumber(),
          e.getPebbleMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
