package org.dateline.render.pebble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Utf8Text;

class Utf8WriterPropertiesTest {
  /** Text of every kind: ASCII, Latin, other scripts, emoji (pairs), and surrogates alone. */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range(' ', '~'),
        Arbitraries.chars().range('\u00a0', '\u07ff'),
        Arbitraries.chars().range('\u0800', '\uffff'),
        Arbitraries.chars().range('\ud800', '\udfff'),
        Arbitraries.of('\ud83d', '\ude00'));
    return chars.list().ofMaxSize(200).map(list -> {
      StringBuilder sb = new StringBuilder();
      list.forEach(sb::append);
      return sb.toString();
    });
  }

  /** Whatever the pieces it is written in, the bytes are those of the whole text in UTF-8. */
  @Property
  void givesTheBytesOfTheTextInUtf8(@ForAll("text") String text, @ForAll List<Integer> cuts) {
    Utf8Writer out = new Utf8Writer(4);
    int at = 0;
    int kind = 0;
    for (int cut : cuts) {
      int end = Math.min(text.length(), at + Math.floorMod(cut, 7));
      switch (kind++ % 3) {
        case 0 -> out.write(text, at, end - at);
        case 1 -> out.write(text.toCharArray(), at, end - at);
        default -> text.substring(at, end).chars().forEach(out::write);
      }
      at = end;
    }
    out.write(text.substring(at));
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray(), text);
    out.write("\ud800"); // a half pair left at the end, then forgotten
    out.reset();
    out.write(text);
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray(), "after reset: " + text);
  }

  /** Safe HTML held as UTF-8 goes in as its bytes, between texts written as characters. */
  @Property
  void writesUtf8HtmlAsItsBytes(@ForAll("text") String before, @ForAll("text") String html, @ForAll("text") String after) {
    Utf8Writer out = new Utf8Writer(4);
    out.write(before);
    out.write((Object) new HtmlFilter.Utf8Html(Utf8Text.of(html)));
    out.write(after);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(html.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(bytes.toByteArray(), out.toByteArray());
  }

  @Example
  void numbersAreWrittenAsPebbleWritesThem() {
    Utf8Writer out = new Utf8Writer(1);
    out.writeSpecialized(42);
    out.writeSpecialized(-7L);
    out.writeSpecialized(1.5);
    out.writeSpecialized(2.5f);
    out.writeSpecialized('é');
    assertArrayEquals("42-71.52.5é".getBytes(StandardCharsets.UTF_8), out.toByteArray());
  }
}
