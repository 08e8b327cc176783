package org.dateline.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.codec.digest.MurmurHash3;

class Murmur3PropertiesTest {
  /** The reference: commons-codec's MurmurHash3 x64 128 of the whole bytes, seed 0. */
  private static String reference(byte[] bytes) {
    long[] h = MurmurHash3.hash128x64(bytes);
    return HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]);
  }

  @Property(tries = 3000)
  void hashingInPiecesGivesTheReferenceHashOfTheWhole(
      @ForAll @Size(max = 200) byte[] bytes, @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 40) Integer> cuts) {
    Murmur3 hash = new Murmur3();
    int at = 0;
    for (int cut : cuts) {
      int n = Math.min(cut, bytes.length - at);
      hash.update(bytes, at, n);
      at += n;
    }
    hash.update(bytes, at, bytes.length - at);
    assertEquals(reference(bytes), hash.hex());
    assertEquals(reference(bytes), Murmur3.hex(bytes));
  }

  @Property(tries = 1000)
  void aResetHashIsANewOneAndTheDigestIsTheHexInNumbers(
      @ForAll @Size(max = 100) byte[] before, @ForAll @Size(max = 100) byte[] bytes) {
    Murmur3 hash = new Murmur3();
    hash.update(before, 0, before.length);
    hash.reset();
    hash.update(bytes, 0, bytes.length);
    assertEquals(reference(bytes), hash.hex());
    long[] digest = hash.digest();
    assertEquals(reference(bytes), HexFormat.of().toHexDigits(digest[0]) + HexFormat.of().toHexDigits(digest[1]));
  }

  @Example
  void knownValues() {
    assertEquals("00000000000000000000000000000000", Murmur3.hex(new byte[0]));
    assertEquals("bcdd4ddfd851cce6e4fb6dcc3773ade4", Murmur3.hex(new byte[] {'B'}));
  }
}
