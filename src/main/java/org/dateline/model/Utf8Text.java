package org.dateline.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Text held as its UTF-8 bytes: half the memory of a String of text beyond Latin-1 (news text
 * nearly always has curly quotes or dashes), for what an archive keeps of every story at once.
 * A text may be a slice of a larger array, or made of others ({@link #concat}), and then shares
 * their bytes rather than copying them; or it may be made only when first read ({@link #lazy}).
 * Immutable; equal by content, however it is made up; {@link #toString} gives the text.
 */
public final class Utf8Text {
  public static final Utf8Text EMPTY = new Utf8Text(new byte[0][], new int[0], 0);

  /** The arrays the bytes are in, piece after piece; no piece is empty. Null in a lazy text. */
  private final byte[][] pieces;
  /** Where each piece starts and ends (exclusive) in its array: two numbers a piece. */
  private final int[] bounds;
  private final int length;
  /** What makes a lazy text, else null. */
  private final Supplier<Utf8Text> maker;
  /** A lazy text once made. */
  private volatile Utf8Text made;

  private Utf8Text(byte[][] pieces, int[] bounds, int length) {
    this.pieces = pieces;
    this.bounds = bounds;
    this.length = length;
    this.maker = null;
  }

  private Utf8Text(Supplier<Utf8Text> maker) {
    this.pieces = null;
    this.bounds = null;
    this.length = -1;
    this.maker = maker;
  }

  public static Utf8Text of(String text) {
    return wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text whose UTF-8 bytes these are; the caller hands them over and must not change them. */
  public static Utf8Text wrap(byte[] bytes) {
    return slice(bytes, 0, bytes.length);
  }

  /**
   * The text whose UTF-8 bytes are those of {@code bytes} from {@code from} to {@code to}
   * (exclusive), shared, not copied: the caller must not change them.
   */
  public static Utf8Text slice(byte[] bytes, int from, int to) {
    Objects.checkFromToIndex(from, to, bytes.length);
    return from == to ? EMPTY : new Utf8Text(new byte[][] {bytes}, new int[] {from, to}, to - from);
  }

  /**
   * The text {@code maker} gives, made when first read, by the first thread that reads it (two at
   * once may both make it): equal to that text, and the same in every way.
   */
  public static Utf8Text lazy(Supplier<Utf8Text> maker) {
    return new Utf8Text(Objects.requireNonNull(maker, "maker must not be null"));
  }

  /** This text when it is not lazy, else the text made of it. */
  private Utf8Text made() {
    if (maker == null) {
      return this;
    }
    Utf8Text text = made;
    if (text == null) {
      text = Objects.requireNonNull(maker.get(), "a lazy text's maker gave null").made();
      made = text;
    }
    return text;
  }

  /** The texts one after another, sharing their bytes. */
  public static Utf8Text concat(List<Utf8Text> texts) {
    int count = 0;
    int length = 0;
    for (Utf8Text part : texts) {
      Utf8Text text = part.made();
      count += text.pieces.length;
      length = Math.addExact(length, text.length);
    }
    if (length == 0) {
      return EMPTY;
    }
    byte[][] pieces = new byte[count][];
    int[] bounds = new int[2 * count];
    int at = 0;
    for (Utf8Text part : texts) {
      Utf8Text text = part.made();
      System.arraycopy(text.pieces, 0, pieces, at, text.pieces.length);
      System.arraycopy(text.bounds, 0, bounds, 2 * at, text.bounds.length);
      at += text.pieces.length;
    }
    return new Utf8Text(pieces, bounds, length);
  }

  /** The number of bytes. */
  public int length() {
    return made().length;
  }

  public boolean isEmpty() {
    return length() == 0;
  }

  public void writeTo(OutputStream out) throws IOException {
    if (maker != null) {
      made().writeTo(out);
      return;
    }
    for (int i = 0; i < pieces.length; i++) {
      out.write(pieces[i], bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i]);
    }
  }

  /** A copy of the bytes, in one array. */
  public byte[] toByteArray() {
    if (maker != null) {
      return made().toByteArray();
    }
    byte[] all = new byte[length];
    copyTo(all, 0);
    return all;
  }

  /** Copies the bytes into {@code target} from {@code at} on, where there must be room for them. */
  public void copyTo(byte[] target, int at) {
    if (maker != null) {
      made().copyTo(target, at);
      return;
    }
    for (int i = 0; i < pieces.length; i++) {
      int count = bounds[2 * i + 1] - bounds[2 * i];
      System.arraycopy(pieces[i], bounds[2 * i], target, at, count);
      at += count;
    }
  }

  /** The bytes in one array: this text's own when it is one whole array, else a copy. */
  private byte[] bytes() {
    return pieces.length == 1 && bounds[0] == 0 && bounds[1] == pieces[0].length ? pieces[0] : toByteArray();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Utf8Text text)) {
      return false;
    }
    Utf8Text self = made();
    Utf8Text other = text.made();
    return self.length == other.length && Arrays.equals(self.bytes(), other.bytes());
  }

  /** {@link Arrays#hashCode(byte[])} of the bytes, whatever the pieces. */
  @Override
  public int hashCode() {
    if (maker != null) {
      return made().hashCode();
    }
    int hash = 1;
    for (int i = 0; i < pieces.length; i++) {
      byte[] piece = pieces[i];
      for (int k = bounds[2 * i]; k < bounds[2 * i + 1]; k++) {
        hash = 31 * hash + piece[k];
      }
    }
    return hash;
  }

  @Override
  public String toString() {
    if (maker != null) {
      return made().toString();
    }
    return pieces.length == 1
        ? new String(pieces[0], bounds[0], length, StandardCharsets.UTF_8)
        : new String(toByteArray(), StandardCharsets.UTF_8);
  }
}
