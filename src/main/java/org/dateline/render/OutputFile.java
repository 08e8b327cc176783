package org.dateline.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of the generated site: its path relative to the output folder, its bytes, and the key
 * of what it was made from ({@link PageKeys}; null for a file that has none).
 */
public record OutputFile(String path, byte[] bytes, String key) {
  public OutputFile {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(bytes, "bytes must not be null");
  }

  public OutputFile(String path, byte[] bytes) {
    this(path, bytes, null);
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
