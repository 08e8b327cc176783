package org.dateline.render.search;

import java.util.Arrays;

/**
 * Bytes being written into a growing array: non-negative numbers in groups of 7 bits, low group
 * first, the high bit set on all but the last byte (the encoding of {@link ChunkTerms}' postings,
 * which {@link ChunkTerms.Reader} reads), and runs of bytes as they are. Not thread-safe.
 */
public final class NumberBytes {
  private byte[] bytes;
  private int size;

  public NumberBytes(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** Appends {@code value}, in one to five bytes. */
  public void number(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    room(5);
    while (value >= 0x80) {
      bytes[size++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    bytes[size++] = (byte) value;
  }

  /** Appends {@code length} bytes of {@code more} from {@code from}. */
  public void bytes(byte[] more, int from, int length) {
    room(length);
    System.arraycopy(more, from, bytes, size, length);
    size += length;
  }

  /** How many bytes were written. */
  public int size() {
    return size;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
