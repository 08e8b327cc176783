package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Utf8StringsTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSameBytesGiveTheSameStringWhereverTheyAre() {
    Utf8Strings strings = new Utf8Strings();
    String first = strings.lookup().of(utf8("xxKyiv, "), 2, 4);
    assertEquals("Kyiv", first);
    assertSame(first, strings.lookup().of(utf8("Kyiv"), 0, 4));
    assertSame(first, strings.lookup().of(utf8("in Kyiv"), 3, 4));
  }

  @Test
  void bytesOfTheSameHashAreStillTold() {
    // "Aa" and "BB" have the same hash, byte by byte as char by char
    Utf8Strings strings = new Utf8Strings();
    String aa = strings.lookup().of(utf8("Aa"), 0, 2);
    String bb = strings.lookup().of(utf8("BB"), 0, 2);
    assertEquals("Aa", aa);
    assertEquals("BB", bb);
    assertSame(aa, strings.lookup().of(utf8("Aa"), 0, 2));
    assertNotEquals(strings.lookup().of(utf8("Aa"), 0, 1), strings.lookup().of(utf8("Aa"), 0, 2));
  }

  @Test
  void decodesTextBeyondAscii() {
    Utf8Strings strings = new Utf8Strings();
    byte[] bytes = utf8("Zürich 北京 ");
    assertEquals("Zürich", strings.lookup().of(bytes, 0, utf8("Zürich").length));
    assertEquals("北京", strings.lookup().of(bytes, utf8("Zürich ").length, utf8("北京").length));
    assertEquals("", strings.lookup().of(bytes, 3, 0));
  }

  @Test
  void threadsGetOneStringForTheSameBytes() {
    Utf8Strings strings = new Utf8Strings();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      words.add("name " + i);
    }
    ConcurrentHashMap<String, String> seen = new ConcurrentHashMap<>();
    IntStream.range(0, 20_000).parallel().forEach(i -> {
      String word = words.get(i % words.size());
      byte[] bytes = utf8("  " + word);
      String s = strings.lookup().of(bytes, 2, bytes.length - 2);
      assertEquals(word, s);
      assertSame(seen.computeIfAbsent(word, k -> s), s);
    });
  }
}
