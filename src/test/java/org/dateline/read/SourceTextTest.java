package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.dateline.diag.ContentException;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void invalidUtf8NamesLineAndColumnOfTheBadByte() {
    byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xC3, '(', '\n'};
    ContentException e = assertThrows(ContentException.class, () -> SourceText.decode(bytes, "x.txt"));
    assertEquals(
        "x.txt:2:3: error: invalid UTF-8 (byte 0xc3); save the file as UTF-8 [encoding]",
        e.diagnostics().get(0).toString());
  }

  @Test
  void theReplacementCharacterItselfIsText() throws Exception {
    String text = "a \uFFFD mark, “quoted”, \uD83D\uDCF0 and 한국\n";
    assertEquals(text, SourceText.decode(text.getBytes(StandardCharsets.UTF_8), "x.txt"));
  }

  @Test
  void everyKindOfBadUtf8IsAnErrorEvenBesideAReplacementCharacter() {
    byte[][] bad = {
      {'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xC3}, // U+FFFD, then a cut sequence
      {'a', (byte) 0xC0, (byte) 0xAF}, // an overlong '/'
      {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
      {'a', (byte) 0x80}, // a lone continuation byte
    };
    for (byte[] bytes : bad) {
      ContentException e = assertThrows(ContentException.class, () -> SourceText.decode(bytes, "x.txt"));
      assertEquals("encoding", e.diagnostics().get(0).code());
    }
  }

  @Test
  void byteOrderMarksAndLineEndingsAreNormalised() throws Exception {
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n', 'b', '\r', 'c'};
    assertEquals("a\nb\nc", SourceText.decode(utf8Bom, "x.txt"));
    byte[] utf16 = "\uFEFFhé\r\n".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("hé\n", SourceText.decode(utf16, "x.txt"));
  }

  @Test
  void binaryFileIsRefused() {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0};
    ContentException e = assertThrows(ContentException.class, () -> SourceText.decode(bytes, "x.txt"));
    assertEquals("x.txt:1:5: error: binary file: contains a NUL byte [encoding]", e.diagnostics().get(0).toString());
  }
}
