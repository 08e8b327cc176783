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

/** A text made of pieces is the text of its pieces joined, in every respect. */
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

  @Property(tries = 300)
  void textsOfOtherBytesDiffer(@ForAll @Size(max = 4) List<String> pieces, @ForAll String other) {
    Assume.that(noSurrogates(other) && pieces.stream().allMatch(Utf8TextPropertiesTest::noSurrogates));
    String joined = String.join("", pieces);
    if (!joined.equals(other)) {
      assertNotEquals(Utf8Text.of(other), Utf8Text.concat(pieces.stream().map(Utf8Text::of).toList()));
    }
  }

  private static boolean noSurrogates(String s) {
    return s.chars().noneMatch(c -> Character.isSurrogate((char) c));
  }
}
