package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * A text made of pieces, or of slices of larger arrays, or made when first read, is the text of its
 * pieces joined, in every respect.
 */
class Utf8TextPropertiesTest {
  @Property(tries = 500)
  void piecesReadAsTheirJoinedText(@ForAll @Size(max = 6) List<String> pieces) throws Exception {
    // a lone surrogate has no UTF-8: its piece would not read as half of a pair
    Assume.that(pieces.stream().allMatch(Utf8TextPropertiesTest::noSurrogates));
    String joined = String.join("", pieces);
    Utf8Text whole = Utf8Text.of(joined);
    Utf8Text made = Utf8Text.concat(pieces.stream().map(Utf8Text::of).toList());
    assertEquals(whole, made);
    assertEquals(made, whole);
    assertEquals(whole.hashCode(), made.hashCode());
    assertEquals(joined, made.toString());
    assertEquals(whole.length(), made.length());
    assertEquals(joined.isEmpty(), made.isEmpty());
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    made.writeTo(written);
    assertArrayEquals(joined.getBytes(StandardCharsets.UTF_8), written.toByteArray());
  }

  @Property(tries = 500)
  void slicesReadAsTheBytesTheyCover(
      @ForAll @Size(max = 6) List<String> pieces, @ForAll @Size(max = 6) List<String> around) throws Exception {
    Assume.that(pieces.stream().allMatch(Utf8TextPropertiesTest::noSurrogates));
    String joined = String.join("", pieces);
    byte[] expected = joined.getBytes(StandardCharsets.UTF_8);
    // each piece in an array of its own, between bytes that are not its text
    List<Utf8Text> slices = new java.util.ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      byte[] before = (i < around.size() ? around.get(i) : "").getBytes(StandardCharsets.UTF_8);
      byte[] piece = pieces.get(i).getBytes(StandardCharsets.UTF_8);
      byte[] array = new byte[before.length + piece.length + 3];
      System.arraycopy(before, 0, array, 0, before.length);
      System.arraycopy(piece, 0, array, before.length, piece.length);
      java.util.Arrays.fill(array, before.length + piece.length, array.length, (byte) '#');
      slices.add(Utf8Text.slice(array, before.length, before.length + piece.length));
    }
    Utf8Text made = Utf8Text.concat(slices);
    Utf8Text one = slices.size() == 1 ? slices.get(0) : made;
    Utf8Text lazy = Utf8Text.lazy(() -> made);
    Utf8Text ofLazy = Utf8Text.concat(slices.stream().map(slice -> Utf8Text.lazy(() -> slice)).toList());
    for (Utf8Text text : List.of(made, one, lazy, ofLazy)) {
      assertEquals(Utf8Text.of(joined), text);
      assertEquals(Utf8Text.of(joined).hashCode(), text.hashCode());
      assertEquals(joined, text.toString());
      assertEquals(expected.length, text.length());
      assertArrayEquals(expected, text.toByteArray());
      byte[] copied = new byte[expected.length + 2];
      text.copyTo(copied, 1);
      assertArrayEquals(expected, java.util.Arrays.copyOfRange(copied, 1, 1 + expected.length));
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      text.writeTo(written);
      assertArrayEquals(expected, written.toByteArray());
    }
  }

  @Property(tries = 300)
  void textsOfOtherBytesDiffer(@ForAll @Size(max = 4) List<String> pieces, @ForAll String other) {
    Assume.that(noSurrogates(other) && pieces.stream().allMatch(Utf8TextPropertiesTest::noSurrogates));
    String joined = String.join("", pieces);
    if (!joined.equals(other)) {
      assertNotEquals(Utf8Text.of(other), Utf8Text.concat(pieces.stream().map(Utf8Text::of).toList()));
    }
  }

  @Property(tries = 100)
  void aLazyTextIsMadeOnceWhenFirstRead(@ForAll String text) {
    Assume.that(noSurrogates(text));
    int[] made = {0};
    Utf8Text lazy = Utf8Text.lazy(() -> {
      made[0]++;
      return Utf8Text.of(text);
    });
    assertEquals(0, made[0], "not made before it is read");
    assertEquals(text, lazy.toString());
    assertEquals(Utf8Text.of(text), lazy);
    assertEquals(Utf8Text.of(text).hashCode(), lazy.hashCode());
    assertEquals(text.isEmpty(), lazy.isEmpty());
    assertEquals(1, made[0], "made once");
  }

  private static boolean noSurrogates(String s) {
    return s.chars().noneMatch(c -> Character.isSurrogate((char) c));
  }
}
