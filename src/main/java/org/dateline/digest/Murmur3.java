package org.dateline.digest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * MurmurHash3 x64 128-bit (seed 0) of bytes given in any number of pieces, so that a file can be
 * hashed as it is streamed out. Tells changed content from unchanged, against accidents, not
 * against a forger. Gives the same hash as the reference implementation of the whole
 * bytes at once (a property test holds it to commons-codec's {@code MurmurHash3.hash128x64}).
 */
public final class Murmur3 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private final byte[] pending = new byte[16];
  private int pendingLength;
  private long length;
  private long h1;
  private long h2;
  /** The little-endian view of the array last hashed: callers often hash one buffer again. */
  private ByteBuffer view = ByteBuffer.allocate(0);

  /** The hash of {@code bytes} as 32 lower-case hex digits. */
  public static String hex(byte[] bytes) {
    Murmur3 hash = new Murmur3();
    hash.update(bytes, 0, bytes.length);
    return hash.hex();
  }

  public void update(byte[] bytes, int offset, int count) {
    length += count;
    int i = offset;
    int end = offset + count;
    if (pendingLength > 0) {
      int take = Math.min(16 - pendingLength, count);
      System.arraycopy(bytes, i, pending, pendingLength, take);
      pendingLength += take;
      i += take;
      if (pendingLength < 16) {
        return;
      }
      block(littleEndianLong(pending, 0), littleEndianLong(pending, 8));
      pendingLength = 0;
    }
    if (end - i >= 16) {
      // read as little-endian longs through a buffer: quicker than assembling them byte by byte
      ByteBuffer le = view;
      if (le.array() != bytes) {
        le = view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      }
      for (; end - i >= 16; i += 16) {
        block(le.getLong(i), le.getLong(i + 8));
      }
    }
    System.arraycopy(bytes, i, pending, 0, end - i);
    pendingLength = end - i;
  }

  /**
   * Hashes the length of {@code part} (four bytes, big-endian), then its bytes: for a list of
   * parts, so that no two lists hash alike by running their parts together.
   */
  public void updatePart(byte[] part) {
    int n = part.length;
    byte[] length = {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    update(length, 0, length.length);
    update(part, 0, part.length);
  }

  /** The hash of the bytes so far, as 32 lower-case hex digits. */
  public String hex() {
    long[] digest = digest();
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits(digest[0]) + hex.toHexDigits(digest[1]);
  }

  /** The hash of the bytes so far, as its two 64-bit halves in the order {@link #hex} prints them. */
  public long[] digest() {
    long a = h1;
    long b = h2;
    long k1 = 0;
    long k2 = 0;
    for (int i = pendingLength - 1; i >= 8; i--) {
      k2 = (k2 << 8) | (pending[i] & 0xff);
    }
    for (int i = Math.min(pendingLength, 8) - 1; i >= 0; i--) {
      k1 = (k1 << 8) | (pending[i] & 0xff);
    }
    if (pendingLength > 8) {
      b ^= mixK2(k2);
    }
    if (pendingLength > 0) {
      a ^= mixK1(k1);
    }
    a ^= length;
    b ^= length;
    a += b;
    b += a;
    a = fmix64(a);
    b = fmix64(b);
    a += b;
    b += a;
    return new long[] {a, b};
  }

  /** Starts again, as a new hash of no bytes. */
  public void reset() {
    pendingLength = 0;
    length = 0;
    h1 = 0;
    h2 = 0;
  }

  private void block(long k1, long k2) {
    h1 ^= mixK1(k1);
    h1 = Long.rotateLeft(h1, 27) + h2;
    h1 = h1 * 5 + 0x52dce729;
    h2 ^= mixK2(k2);
    h2 = Long.rotateLeft(h2, 31) + h1;
    h2 = h2 * 5 + 0x38495ab5;
  }

  private static long littleEndianLong(byte[] b, int at) {
    return (b[at] & 0xffL)
        | (b[at + 1] & 0xffL) << 8
        | (b[at + 2] & 0xffL) << 16
        | (b[at + 3] & 0xffL) << 24
        | (b[at + 4] & 0xffL) << 32
        | (b[at + 5] & 0xffL) << 40
        | (b[at + 6] & 0xffL) << 48
        | (b[at + 7] & 0xffL) << 56;
  }

  private static long mixK1(long k) {
    return Long.rotateLeft(k * C1, 31) * C2;
  }

  private static long mixK2(long k) {
    return Long.rotateLeft(k * C2, 33) * C1;
  }

  /** MurmurHash3's 64-bit finaliser: every bit of {@code k} moves about half the bits of the result. */
  public static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    return k ^ (k >>> 33);
  }
}
