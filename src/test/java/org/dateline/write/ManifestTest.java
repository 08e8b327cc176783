package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
            "",
            HASH + " " + KEY + " windows.html\r",
            HASH.substring(1),
            HASH + " " + KEY.substring(1) + " short key.html",
            "")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(
        Map.of("a b.html", HASH, "c.html", HASH, "old form.html", HASH, "path alone.html", "", "windows.html", HASH,
            HASH.substring(1), "", KEY.substring(1) + " short key.html", HASH),
        m.hashes());
    assertEquals(Map.of("a b.html", KEY, "windows.html", KEY), m.keys());
  }

  @Test
  void writesWhatItReads() {
    Manifest m = new Manifest(Map.of("x.html", HASH, "y.json", HASH), Map.of("x.html", KEY));
    String text = new String(m.bytes(), StandardCharsets.UTF_8);
    assertEquals(HASH + " " + KEY + " x.html\n" + HASH + " - y.json\n", text);
    assertEquals(m, Manifest.parse(m.bytes()));
  }

  private static boolean listsExactly(byte[] bytes, List<String> paths) {
    return Manifest.parse(bytes).listsExactly(java.util.Set.copyOf(paths)::contains, paths.size());
  }

  @Test
  void toldWhetherItListsExactlySomePathsAsWritten() {
    byte[] bytes = new Manifest(Map.of("a b.html", HASH, "c/d.json", HASH), Map.of("a b.html", KEY)).bytes();
    assertTrue(listsExactly(bytes, List.of("a b.html", "c/d.json")));
    assertFalse(listsExactly(bytes, List.of("a b.html")), "a file the manifest lists is gone");
    assertFalse(listsExactly(bytes, List.of("a b.html", "c/d.json", "e.html")), "a file it does not list");
    assertFalse(listsExactly(bytes, List.of("a b.html", "c/d.jso")));
    assertFalse(
        listsExactly((HASH + " old form.html\n").getBytes(StandardCharsets.UTF_8), List.of("old form.html")),
        "an earlier form counts as not listing: the build then looks at everything");
    String line = HASH + " - c/d.json";
    assertTrue(listsExactly((line + "\n").getBytes(StandardCharsets.UTF_8), List.of("c/d.json")));
    assertFalse(listsExactly((line + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8), List.of("c/d.json")), "a path listed twice");
    assertFalse(listsExactly(line.getBytes(StandardCharsets.UTF_8), List.of("c/d.json")), "a line not ended");
    assertFalse(listsExactly((line + "\r\n").getBytes(StandardCharsets.UTF_8), List.of("c/d.json")), "a carriage return");
    assertFalse(listsExactly((line + "\n\n").getBytes(StandardCharsets.UTF_8), List.of("c/d.json")), "an empty line");
  }

  @Test
  void aManifestIsWrittenSortedWhateverTheLastOnesPaths() {
    Manifest last = Manifest.parse(new Manifest(Map.of("z.json", HASH, "b.html", HASH, "gone.html", HASH), Map.of()).bytes());
    assertEquals(List.of("b.html", "gone.html", "z.json"), List.copyOf(last.paths()), "the order of its lines");
    String sorted = HASH + " - b.html\n" + HASH + " " + KEY + " gone.html\n" + HASH + " - z.json\n";
    Map<String, String> same = Map.of("z.json", HASH, "gone.html", HASH, "b.html", HASH);
    Map<String, String> keys = Map.of("gone.html", KEY);
    assertEquals(sorted, new String(Manifest.bytes(last.paths(), same, keys), StandardCharsets.UTF_8), "the same paths");
    Map<String, String> other = Map.of("b.html", HASH, "a/c.html", HASH, "z.json", HASH);
    String otherSorted = HASH + " - a/c.html\n" + HASH + " - b.html\n" + HASH + " - z.json\n";
    assertEquals(otherSorted, new String(Manifest.bytes(last.paths(), other, keys), StandardCharsets.UTF_8), "one gone, one new");
    java.util.Set<String> unsorted = new java.util.LinkedHashSet<>(List.of("z.json", "b.html", "gone.html"));
    assertEquals(sorted, new String(Manifest.bytes(unsorted, same, keys), StandardCharsets.UTF_8), "a last order not sorted");
  }

}
