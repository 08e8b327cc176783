package org.dateline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Whole-file golden comparison of a generated tree. Run with {@code -Dgolden.update=true} to
 * rewrite the expected files after an intended change, then review the diff.
 */
public final class Golden {
  private Golden() {}

  public static void assertTreeMatches(Path actual, Path expected) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      if (Files.exists(expected)) {
        Fixtures.deleteTree(expected);
      }
      Fixtures.copyTree(actual, expected);
      return;
    }
    TreeSet<String> actualFiles = files(actual);
    TreeSet<String> expectedFiles = files(expected);
    assertEquals(expectedFiles, actualFiles, "files in " + actual + " (update with -Dgolden.update=true)");
    for (String file : expectedFiles) {
      byte[] want = Files.readAllBytes(expected.resolve(file));
      byte[] got = Files.readAllBytes(actual.resolve(file));
      if (!Arrays.equals(want, got)) {
        fail(file + " differs from its golden file:\n" + firstDifference(
            new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8)));
      }
    }
  }

  private static String firstDifference(String want, String got) {
    List<String> a = want.lines().toList();
    List<String> b = got.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "<end>";
      String y = i < b.size() ? b.get(i) : "<end>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + "\n- " + x + "\n+ " + y;
      }
    }
    return "(same lines, different line endings)";
  }

  public static TreeSet<String> files(Path root) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
    }
    return out;
  }
}
