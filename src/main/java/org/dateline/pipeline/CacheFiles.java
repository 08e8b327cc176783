package org.dateline.pipeline;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * How the build cache's files are framed: their content, then the CRC-32 of it. A file is read
 * whole and checked before it is trusted, and written to a temporary file beside it that is then
 * renamed into place, so that a build killed while saving leaves the previous file.
 */
final class CacheFiles {
  private static final int TRAILER = Long.BYTES;

  private CacheFiles() {}

  /** Reads the content of a cache file. */
  @FunctionalInterface
  interface Reader<T> {
    T read(CacheInput in) throws IOException;
  }

  /** Writes the content of a cache file. */
  @FunctionalInterface
  interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  /**
   * What {@code reader} makes of {@code file}'s content, which it must read to the end; an
   * {@link IOException} when the file is too short, damaged, or not read to its end.
   */
  static <T> T read(Path file, Reader<T> reader) throws IOException {
    long length = Files.size(file) - TRAILER;
    if (length < 0) {
      throw new IOException("too short");
    }
    try (InputStream raw = Files.newInputStream(file)) {
      CacheInput in = new CacheInput(raw, length);
      T content = reader.read(in);
      if (in.remaining() != 0) {
        throw new IOException("bytes after the last entry");
      }
      byte[] trailer = raw.readNBytes(TRAILER + 1);
      if (trailer.length != TRAILER || ByteBuffer.wrap(trailer).getLong() != in.crc()) {
        throw new IOException("checksum mismatch");
      }
      return content;
    }
  }

  /** Replaces {@code file} with what {@code writer} writes, atomically where the file system can. */
  static void write(Path file, Writer writer) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream raw = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        CRC32 crc = new CRC32();
        DataOutputStream out =
            new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16));
        writer.write(out);
        out.flush();
        raw.write(ByteBuffer.allocate(TRAILER).putLong(crc.getValue()).array());
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
