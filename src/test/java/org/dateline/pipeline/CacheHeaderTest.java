package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CacheHeaderTest {
  private static final CacheHeader HEADER = new CacheHeader(0x444C54455354494EL, 2);

  private static CacheInput written(CacheHeader header, String version) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      if (version == null) {
        header.write(out);
      } else {
        header.write(out, version);
      }
      out.writeInt(42);
    }
    return new CacheInput(new ByteArrayInputStream(bytes.toByteArray()), bytes.size());
  }

  @Test
  void aHeaderIsReadBackAndTheFileGoesOnAfterIt() throws IOException {
    CacheInput plain = written(HEADER, null);
    HEADER.read(plain);
    assertEquals(42, plain.readInt());
    CacheInput versioned = written(HEADER, "v1");
    HEADER.read(versioned, "v1");
    assertEquals(42, versioned.readInt());
  }

  @Test
  void anotherKindFormatOrCodeIsRefused() throws IOException {
    CacheInput otherKind = written(new CacheHeader(0x444C4F5448455221L, 2), "v1");
    assertThrows(IOException.class, () -> HEADER.read(otherKind, "v1"));
    CacheInput otherFormat = written(new CacheHeader(HEADER.magic(), 3), "v1");
    assertThrows(IOException.class, () -> HEADER.read(otherFormat, "v1"));
    CacheInput otherCode = written(HEADER, "v2");
    assertThrows(IOException.class, () -> HEADER.read(otherCode, "v1"));
  }
}
