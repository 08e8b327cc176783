package org.dateline.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text held as its UTF-8 bytes: half the memory of a String of text beyond Latin-1 (news text
 * nearly always has curly quotes or dashes), for what an archive keeps of every story at once.
 * A text may be made of others ({@link #concat}) and then shares their bytes rather than copying
 * them. Immutable; equal by content, however it is made up; {@link #toString} gives the text.
 */
public final class Utf8Text {
  public static final Utf8Text EMPTY = new Utf8Text(new byte[0][], 0);

  /** The bytes, piece after piece; no piece is empty. */
  private final byte[][] pieces;
  private final int length;

  private Utf8Text(byte[][] pieces, int length) {
    this.pieces = pieces;
    this.length = length;
  }

  public static Utf8Text of(String text) {
    return wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text whose UTF-8 bytes these are; the caller hands them over and must not change them. */
  public static Utf8Text wrap(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Utf8Text(new byte[][] {bytes}, bytes.length);
  }

  /** The texts one after another, sharing their bytes. */
  public static Utf8Text concat(List<Utf8Text> texts) {
    List<byte[]> pieces = new ArrayList<>();
    int length = 0;
    for (Utf8Text text : texts) {
      pieces.addAll(Arrays.asList(text.pieces));
      length = Math.addExact(length, text.length);
    }
    return length == 0 ? EMPTY : new Utf8Text(pieces.toArray(new byte[0][]), length);
  }

  /** The number of bytes. */
  public int length() {
    return length;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  public void writeTo(OutputStream out) throws IOException {
    for (byte[] piece : pieces) {
      out.write(piece);
    }
  }

  /** A copy of the bytes, in one array. */
  public byte[] toByteArray() {
    return pieces.length == 1 ? pieces[0].clone() : bytes();
  }

  /** Copies the bytes into {@code target} from {@code at} on, where there must be room for them. */
  public void copyTo(byte[] target, int at) {
    for (byte[] piece : pieces) {
      System.arraycopy(piece, 0, target, at, piece.length);
      at += piece.length;
    }
  }

  /** The bytes in one array: this text's own when it is one piece, else a copy. */
  private byte[] bytes() {
    if (pieces.length == 1) {
      return pieces[0];
    }
    byte[] all = new byte[length];
    copyTo(all, 0);
    return all;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Utf8Text other && length == other.length && Arrays.equals(bytes(), other.bytes());
  }

  /** {@link Arrays#hashCode(byte[])} of the bytes, whatever the pieces. */
  @Override
  public int hashCode() {
    int hash = 1;
    for (byte[] piece : pieces) {
      for (byte b : piece) {
        hash = 31 * hash + b;
      }
    }
    return hash;
  }

  @Override
  public String toString() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }
}
