package org.dateline.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Where rendered files go as they are made (so a large site is never held in memory whole).
 * Called from several threads at once; an I/O failure is thrown as an
 * {@link java.io.UncheckedIOException}.
 */
@FunctionalInterface
public interface OutputSink {
  void add(OutputFile file);

  /**
   * Adds the file at {@code path} whose bytes {@code body} writes, made from inputs with this
   * {@code key} (or null): for a file too large to be held in memory whole, which a sink may
   * stream to its place. This default holds the bytes in memory and hands them to {@link
   * #add(OutputFile)}.
   */
  default void add(String path, String key, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      body.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    add(new OutputFile(path, bytes.toByteArray(), key));
  }

  /**
   * Keeps the file the output already holds at {@code path} if the last build made it from inputs
   * with this {@code key} and it is still as written; returns whether it did. If not, the caller
   * renders the file and adds it. This default keeps nothing.
   */
  default boolean keep(String path, String key) {
    return false;
  }

  /** Writes the bytes of a file. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }
}
