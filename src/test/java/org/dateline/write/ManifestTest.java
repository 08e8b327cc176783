package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {
  private static final String HASH = "0123456789abcdef0123456789abcdef";
  private static final String KEY = "fedcba9876543210fedcba9876543210";

  @Test
  void readsEveryFormItWasEverWrittenIn() {
    Manifest m = Manifest.parse(String.join("\n",
            HASH + " " + KEY + " a b.html",
            HASH + " - c.html",
            HASH + " old form.html",
            "path alone.html",
            "")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(Map.of("a b.html", HASH, "c.html", HASH, "old form.html", HASH, "path alone.html", ""), m.hashes());
    assertEquals(Map.of("a b.html", KEY), m.keys());
    assertEquals(HASH, m.hashIfMadeFrom("a b.html", KEY));
    assertNull(m.hashIfMadeFrom("c.html", KEY));
    assertNull(m.hashIfMadeFrom("path alone.html", ""));
  }

  @Test
  void writesWhatItReads() {
    Manifest m = Manifest.of(Map.of("x.html", HASH, "y.json", HASH), Map.of("x.html", KEY));
    String text = new String(m.bytes(), StandardCharsets.UTF_8);
    assertEquals(HASH + " " + KEY + " x.html\n" + HASH + " - y.json\n", text);
    assertEquals(m, Manifest.parse(m.bytes()));
  }
}
