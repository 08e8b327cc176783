package org.dateline.write;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dateline.digest.Murmur3;

/**
 * Takes the new bytes of a file, hashes them ({@link Murmur3}) and compares them with the old
 * file as they come. Nothing is written while they are the same; at the first difference the
 * target is opened, the old file's equal part copied into it, and the rest of the new bytes
 * written there. So an unchanged file is never written, and a large one is never held in memory.
 */
final class ComparingOutputStream extends OutputStream {
  /** Opens the file the new bytes go to once they differ from the old ones. */
  @FunctionalInterface
  interface Target {
    Path open() throws IOException;
  }

  private final Path old;
  private final Target target;
  private final Murmur3 hash = new Murmur3();
  private final byte[] buffer = new byte[1 << 16];
  private final byte[] oldBytes = new byte[1 << 16];
  private InputStream oldStream;
  private OutputStream written;
  private int buffered;
  private long size;
  private boolean closed;

  /** {@code old} is the file as it is (null if there is none). */
  ComparingOutputStream(Path old, Target target) throws IOException {
    this.old = old;
    this.target = target;
    this.oldStream = old == null ? null : new BufferedInputStream(Files.newInputStream(old), 1 << 16);
  }

  @Override
  public void write(int b) throws IOException {
    if (buffered == buffer.length) {
      drain();
    }
    buffer[buffered++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int count) throws IOException {
    while (count > 0) {
      if (buffered == buffer.length) {
        drain();
      }
      int take = Math.min(count, buffer.length - buffered);
      System.arraycopy(bytes, offset, buffer, buffered, take);
      buffered += take;
      offset += take;
      count -= take;
    }
  }

  /** Finishes the file: the new bytes are all in, and were written if they differ from the old. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      drain();
      if (written == null && (oldStream == null || oldStream.read() >= 0)) {
        startWriting(); // no old file, or a longer one
      }
    } finally {
      if (oldStream != null) {
        oldStream.close();
      }
      if (written != null) {
        written.close();
      }
    }
  }

  /** Whether the new bytes differ from the old file's (so they were written); after close. */
  boolean changed() {
    return written != null;
  }

  /** The hash of the new bytes, as 32 hex digits; after close. */
  String hash() {
    return hash.hex();
  }

  private void drain() throws IOException {
    if (buffered == 0) {
      return;
    }
    hash.update(buffer, 0, buffered);
    if (written == null && !sameAsOld(buffered)) {
      startWriting();
    }
    if (written != null) {
      written.write(buffer, 0, buffered);
    }
    size += buffered;
    buffered = 0;
  }

  /** Whether the old file's next {@code count} bytes are those in the buffer. */
  private boolean sameAsOld(int count) throws IOException {
    if (oldStream == null) {
      return false;
    }
    int read = oldStream.readNBytes(oldBytes, 0, count);
    return read == count && Arrays.equals(buffer, 0, count, oldBytes, 0, count);
  }

  /** Opens the target and copies into it the old file's first {@link #size} bytes (equal to the new). */
  private void startWriting() throws IOException {
    written = Files.newOutputStream(target.open());
    if (size > 0) {
      try (InputStream equalPart = Files.newInputStream(old)) {
        for (long left = size; left > 0; ) {
          int read = equalPart.readNBytes(oldBytes, 0, (int) Math.min(oldBytes.length, left));
          if (read == 0) {
            throw new IOException(old + " changed while it was compared");
          }
          written.write(oldBytes, 0, read);
          left -= read;
        }
      }
    }
    if (oldStream != null) {
      oldStream.close();
      oldStream = null;
    }
  }
}
