package org.dateline.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;

/**
 * Decodes a story file to text: UTF-8 (with or without a byte-order mark) or UTF-16 with a
 * byte-order mark; line endings made {@code \n}. Invalid UTF-8 and binary files are errors that
 * name the line and column of the first bad byte.
 */
final class SourceText {
  private SourceText() {}

  static String decode(byte[] bytes, String file) throws ContentException {
    String text;
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, StandardCharsets.UTF_16);
    } else {
      int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      text = decodeUtf8(bytes, offset, file);
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new ContentException(
          Diagnostic.error(position(text, nul, file), "encoding", "binary file: contains a NUL byte"));
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String decodeUtf8(byte[] bytes, int offset, String file) throws ContentException {
    // the String constructor decodes far faster than a decoder, but replaces each bad byte with
    // U+FFFD: only text holding one (a bad byte, or the character itself) is decoded strictly
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : decodeStrictly(bytes, offset, file);
  }

  private static String decodeStrictly(byte[] bytes, int offset, String file) throws ContentException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      int bad = in.position();
      String before =
          new String(bytes, offset, Math.max(0, bad - offset), StandardCharsets.UTF_8);
      throw new ContentException(
          Diagnostic.error(
              position(before, before.length(), file),
              "encoding",
              "invalid UTF-8 (byte 0x"
                  + Integer.toHexString(bytes[Math.min(bad, bytes.length - 1)] & 0xFF)
                  + "); save the file as UTF-8"));
    } catch (CharacterCodingException e) {
      throw new ContentException(
          Diagnostic.error(SourcePos.startOf(file), "encoding", "cannot decode the file as UTF-8"));
    }
  }

  /** The 1-based line and column of a character offset in {@code text}. */
  static SourcePos position(CharSequence text, int offset, String file) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new SourcePos(file, line, column);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

}
