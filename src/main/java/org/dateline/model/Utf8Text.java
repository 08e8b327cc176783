package org.dateline.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text held as its UTF-8 bytes: half the memory of a String of text beyond Latin-1 (news text
 * nearly always has curly quotes or dashes), for what an archive keeps of every story at once.
 * Immutable; equal by content; {@link #toString} gives the text.
 */
public final class Utf8Text {
  public static final Utf8Text EMPTY = new Utf8Text(new byte[0]);

  private final byte[] bytes;

  private Utf8Text(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Utf8Text of(String text) {
    return new Utf8Text(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text whose UTF-8 bytes these are; the caller hands them over and must not change them. */
  public static Utf8Text wrap(byte[] bytes) {
    return new Utf8Text(bytes);
  }

  /** The number of bytes. */
  public int length() {
    return bytes.length;
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes);
  }

  public void appendTo(ByteArrayOutputStream out) {
    out.writeBytes(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Utf8Text other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
