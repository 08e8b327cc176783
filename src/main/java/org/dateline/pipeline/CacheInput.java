package org.dateline.pipeline;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.dateline.model.Utf8Text;

/**
 * Reads what a {@link java.io.DataOutputStream} wrote (big-endian numbers, bytes) without locks:
 * either from a stream through one small buffer, keeping the CRC-32 of the bytes read (the build
 * cache file), or straight from a slice of an array (one packed entry). {@link
 * java.io.DataInputStream} over a buffered stream spends most of a cold start on synchronised
 * single-byte reads, and reading a whole file into one array costs as much again. It knows how
 * many bytes are left, so that no damaged length makes it allocate more than there is.
 */
final class CacheInput {
  private static final int BUFFER = 1 << 16;
  /** Strings up to this many bytes are taken from the {@link Utf8Strings}, when there are any. */
  private static final int SHORT = 64;

  private final InputStream in;
  private final byte[] buffer;
  private final CRC32 crc = new CRC32();
  private final Utf8Strings.Lookup strings;
  private long left;
  private int pos;
  private int limit;

  /** Reads the first {@code length} bytes of {@code in}. */
  CacheInput(InputStream in, long length) {
    this.in = in;
    this.buffer = new byte[BUFFER];
    this.left = length;
    this.strings = null;
  }

  /** Reads {@code length} bytes of {@code bytes} from {@code offset}, without copying them. */
  CacheInput(byte[] bytes, int offset, int length) {
    this(bytes, offset, length, null);
  }

  /**
   * Reads {@code length} bytes of {@code bytes} from {@code offset}, without copying them; short
   * strings (names, places, dates) are taken from {@code strings}, one for all the same bytes.
   */
  CacheInput(byte[] bytes, int offset, int length, Utf8Strings strings) {
    this.in = null;
    this.buffer = bytes;
    this.pos = offset;
    this.limit = offset + length;
    this.strings = strings == null ? null : strings.lookup();
  }

  /** Bytes not read yet. */
  long remaining() {
    return left + (limit - pos);
  }

  /** The CRC-32 of the bytes read from the stream so far. */
  long crc() {
    return crc.getValue();
  }

  boolean readBoolean() throws IOException {
    return readUnsignedByte() != 0;
  }

  int readUnsignedByte() throws IOException {
    need(1);
    return buffer[pos++] & 0xff;
  }

  char readChar() throws IOException {
    need(2);
    char c = (char) (((buffer[pos] & 0xff) << 8) | (buffer[pos + 1] & 0xff));
    pos += 2;
    return c;
  }

  int readInt() throws IOException {
    need(4);
    int i =
        ((buffer[pos] & 0xff) << 24)
            | ((buffer[pos + 1] & 0xff) << 16)
            | ((buffer[pos + 2] & 0xff) << 8)
            | (buffer[pos + 3] & 0xff);
    pos += 4;
    return i;
  }

  long readLong() throws IOException {
    return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
  }

  /**
   * A number of items (a big-endian int), each at least a byte: no more than the bytes left, so
   * that a damaged count never makes a reader allocate for more than there is.
   */
  int readCount() throws IOException {
    int count = readInt();
    if (count < 0 || count > remaining()) {
      throw new IOException("count of " + count + " in " + remaining() + " bytes");
    }
    return count;
  }

  /** The next {@code length} bytes, decoded as UTF-8. */
  String readUtf8(int length) throws IOException {
    checkLength(length);
    if (length <= limit - pos || length <= BUFFER) {
      need(length);
      String s =
          strings != null && length <= SHORT
              ? strings.of(buffer, pos, length)
              : new String(buffer, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return s;
    }
    byte[] bytes = new byte[length];
    readFully(bytes, 0, length);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The next {@code length} bytes. */
  byte[] readBytes(int length) throws IOException {
    checkLength(length);
    byte[] bytes = new byte[length];
    readFully(bytes, 0, length);
    return bytes;
  }

  /**
   * The next {@code length} bytes as text: a slice of the array this reads, which the text keeps
   * (so the array must not change), or from a stream a copy.
   */
  Utf8Text readText(int length) throws IOException {
    if (in != null) {
      return Utf8Text.wrap(readBytes(length));
    }
    checkLength(length);
    need(length);
    Utf8Text text = Utf8Text.slice(buffer, pos, pos + length);
    pos += length;
    return text;
  }

  /** Passes over the next {@code length} bytes (only of an array: see the constructors). */
  void skip(int length) throws IOException {
    checkLength(length);
    if (length > limit - pos) {
      throw new EOFException("the data ends early");
    }
    pos += length;
  }

  /** Copies the next {@code length} bytes into {@code into} from {@code offset}. */
  void readFully(byte[] into, int offset, int length) throws IOException {
    checkLength(length);
    int have = Math.min(length, limit - pos);
    System.arraycopy(buffer, pos, into, offset, have);
    pos += have;
    if (have < length) {
      fill(into, offset + have, length - have);
    }
  }

  private void checkLength(int length) throws IOException {
    if (length < 0 || length > remaining()) {
      throw new IOException(length + " bytes wanted, " + remaining() + " left");
    }
  }

  /** Makes {@code n} bytes (at most the buffer's size) available from {@code pos}. */
  private void need(int n) throws IOException {
    if (limit - pos >= n) {
      return;
    }
    if (in == null || n > BUFFER) {
      throw new EOFException("the data ends early");
    }
    int have = limit - pos;
    System.arraycopy(buffer, pos, buffer, 0, have);
    pos = 0;
    limit = have;
    int wanted = (int) Math.min(BUFFER - have, left);
    if (have + wanted < n) {
      throw new EOFException("the data ends early");
    }
    fill(buffer, have, wanted);
    limit = have + wanted;
  }

  /** Reads {@code length} bytes of the stream into {@code into}, past the buffer. */
  private void fill(byte[] into, int offset, int length) throws IOException {
    if (in == null || length > left) {
      throw new EOFException("the data ends early");
    }
    for (int done = 0; done < length; ) {
      int n = in.read(into, offset + done, Math.min(BUFFER, length - done));
      if (n < 0) {
        throw new EOFException("the data ends early");
      }
      done += n;
    }
    crc.update(into, offset, length);
    left -= length;
  }
}
