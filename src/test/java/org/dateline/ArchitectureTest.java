package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's arrows, checked by scanning imports: each package may import only the Dateline
 * packages listed for it, and each third-party library stays in the packages that wrap it.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/org/dateline");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

  /** Package → the Dateline packages it may import (besides itself). */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("model", Set.of()),
          Map.entry("digest", Set.of()),
          Map.entry("parallel", Set.of()),
          Map.entry("diag", Set.of("model")),
          Map.entry("read", Set.of("parallel", "diag", "model")),
          Map.entry("extract", Set.of("read", "diag", "model")),
          Map.entry("archive", Set.of("digest", "parallel", "diag", "model")),
          Map.entry("render", Set.of("render.json", "render.pebble", "render.search", "digest", "parallel", "diag", "model")),
          Map.entry("render.json", Set.of("render", "diag", "model")),
          Map.entry("render.pebble", Set.of("diag", "model")),
          Map.entry("render.search", Set.of("render", "render.json", "digest", "parallel", "model")),
          Map.entry("write", Set.of("render", "digest", "diag", "model")),
          Map.entry("pipeline", Set.of("read", "extract", "archive", "render", "render.pebble", "render.search", "write", "digest", "parallel", "diag", "model")),
          Map.entry("edit", Set.of("pipeline", "read", "extract", "archive", "diag", "model")),
          Map.entry("check", Set.of("pipeline", "read", "extract", "archive", "render.json", "diag", "model")),
          Map.entry("serve", Set.of("pipeline", "diag", "model")),
          Map.entry("cli", Set.of("pipeline", "serve", "check", "edit", "read", "extract", "render.json", "diag", "model")));

  /** Third-party package prefix → the Dateline packages that may use it. */
  private static final Map<String, Set<String>> LIBRARIES =
      Map.of(
          "com.vladsch.flexmark", Set.of("read"),
          "io.pebbletemplates", Set.of("render.pebble"),
          "com.fasterxml.jackson", Set.of("render.json"),
          "picocli", Set.of("cli"),
          "org.jsoup", Set.of("read"),
          "com.ibm.icu", Set.of("archive"),
          "org.yaml.snakeyaml", Set.of("read", "extract"));

  @Test
  void packagesImportOnlyWhatTheirStageMay() throws IOException {
    List<String> wrong = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        scanned++;
        String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported = m.group(1);
          if (imported.startsWith("org.dateline.")) {
            String target = imported.substring("org.dateline.".length());
            if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
              wrong.add(MAIN.relativize(file) + " imports org.dateline." + target);
            }
          }
          LIBRARIES.forEach(
              (library, users) -> {
                if (imported.startsWith(library) && !users.contains(pkg)) {
                  wrong.add(MAIN.relativize(file) + " uses " + library);
                }
              });
        }
      }
    }
    assertEquals(List.of(), wrong);
    org.junit.jupiter.api.Assertions.assertTrue(scanned > 80, "scanned " + scanned + " files");
  }
}
