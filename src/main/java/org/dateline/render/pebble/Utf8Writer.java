package org.dateline.render.pebble;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.util.Arrays;
import org.dateline.model.Utf8Text;

/**
 * A writer that encodes what it is given as UTF-8 into a growing array, as {@link
 * String#getBytes(java.nio.charset.Charset)} would (a surrogate without its pair becomes {@code
 * ?}): a page goes from the template to its bytes without a string of it in between. Pebble writes
 * numbers to it directly ({@link SpecializedWriter}). Not thread-safe: one page at a time.
 */
final class Utf8Writer extends Writer implements SpecializedWriter {
  private final char[] chars = new char[1024];
  private byte[] bytes;
  private int size;
  private char high; // a high surrogate waiting for its pair, or 0

  Utf8Writer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  @Override
  public void write(String s, int offset, int count) {
    // copied out a buffer's worth at a time: an array is much quicker to go through than charAt
    while (count > 0) {
      int n = Math.min(count, chars.length);
      s.getChars(offset, offset + n, chars, 0);
      write(chars, 0, n);
      offset += n;
      count -= n;
    }
  }

  @Override // without the IOException of Writer's, which this writer never throws
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(char[] text, int offset, int count) {
    int end = offset + count;
    int i = offset;
    while (i < end) {
      if (high == 0) {
        // a run of ASCII, one byte a character, in a tight loop
        room(end - i);
        byte[] out = bytes;
        int at = size;
        for (char c; i < end && (c = text[i]) < 0x80; i++) {
          out[at++] = (byte) c;
        }
        size = at;
        if (i == end) {
          return;
        }
      }
      put(text[i++]);
    }
  }

  /**
   * Pebble hands each printed value here: safe HTML held as UTF-8 ({@link HtmlFilter}) goes in as
   * its bytes, anything else as {@link SpecializedWriter} would write it.
   */
  @Override
  public void write(Object value) {
    if (value instanceof HtmlFilter.Utf8Html html) {
      Utf8Text text = html.text();
      endHalfPair();
      room(text.length());
      text.copyTo(bytes, size);
      size += text.length();
    } else {
      SpecializedWriter.super.write(value);
    }
  }

  @Override
  public void write(int c) {
    put((char) c);
  }

  @Override
  public void writeSpecialized(int i) {
    write(Integer.toString(i));
  }

  @Override
  public void writeSpecialized(long l) {
    write(Long.toString(l));
  }

  @Override
  public void writeSpecialized(double d) {
    write(Double.toString(d));
  }

  @Override
  public void writeSpecialized(float f) {
    write(Float.toString(f));
  }

  @Override
  public void writeSpecialized(short s) {
    write(Short.toString(s));
  }

  @Override
  public void writeSpecialized(byte b) {
    write(Byte.toString(b));
  }

  @Override
  public void writeSpecialized(char c) {
    write(c);
  }

  @Override
  public void writeSpecialized(String s) {
    write(s);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Forgets what was written, keeping the array for what comes next. */
  void reset() {
    size = 0;
    high = 0;
  }

  /** The bytes written so far. */
  byte[] toByteArray() {
    endHalfPair();
    return Arrays.copyOf(bytes, size);
  }

  /** A high surrogate left waiting for its pair becomes '?', as a surrogate alone does anywhere. */
  private void endHalfPair() {
    if (high != 0) {
      high = 0;
      room(1);
      bytes[size++] = '?';
    }
  }

  private void put(char c) {
    if (high != 0) {
      char pending = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(pending, c);
        room(4);
        bytes[size++] = (byte) (0xF0 | (code >> 18));
        bytes[size++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (code & 0x3F));
        return;
      }
      room(1);
      bytes[size++] = '?';
    }
    if (c < 0x80) {
      room(1);
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      room(2);
      bytes[size++] = (byte) (0xC0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      room(1);
      bytes[size++] = '?';
    } else {
      room(3);
      bytes[size++] = (byte) (0xE0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** Makes room for {@code more} bytes. */
  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
    }
  }
}
