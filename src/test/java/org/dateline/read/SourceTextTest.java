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
