package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeVersionTest {
  @TempDir Path temp;

  @Test
  void theRunningCodeHasAVersion() {
    assertTrue(CodeVersion.current().orElseThrow().matches("[0-9a-f]{32}"));
    assertEquals(CodeVersion.current(), CodeVersion.current());
  }

  @Test
  void anyChangedAddedOrRenamedFileOfAClassesFolderChangesTheVersion() throws Exception {
    Path classes = temp.resolve("classes");
    Fixtures.write(classes, "org/dateline/extract/WordLists.class", "code");
    Fixtures.write(classes, "org/dateline/extract/surnames.txt", "Camilleri\n");
    String before = CodeVersion.of(List.of(classes), "17");
    assertEquals(before, CodeVersion.of(List.of(classes), "17"), "same files, same version");
    Fixtures.write(classes, "org/dateline/extract/surnames.txt", "Camilleri\nVella\n");
    String edited = CodeVersion.of(List.of(classes), "17");
    assertNotEquals(before, edited, "a data file changed");
    Files.move(classes.resolve("org/dateline/extract/surnames.txt"), classes.resolve("org/dateline/extract/names.txt"));
    assertNotEquals(edited, CodeVersion.of(List.of(classes), "17"), "a file renamed");
    assertNotEquals(
        CodeVersion.of(List.of(classes), "17"), CodeVersion.of(List.of(classes), "21"), "another runtime");
  }

  private Path jar(String name, String wordList, long time) throws Exception {
    Path jar = temp.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String entry : List.of("org/dateline/extract/WordLists.class", "org/dateline/extract/surnames.txt")) {
        ZipEntry e = new ZipEntry(entry);
        e.setTime(time);
        zip.putNextEntry(e);
        zip.write((entry.endsWith(".txt") ? wordList : "code").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void aJarIsVersionedByTheContentsItLists() throws Exception {
    long time = 1_700_000_000_000L;
    String before = CodeVersion.of(List.of(jar("a.jar", "Camilleri\n", time)), "17");
    assertEquals(before, CodeVersion.of(List.of(jar("b.jar", "Camilleri\n", time)), "17"), "same contents");
    assertNotEquals(before, CodeVersion.of(List.of(jar("c.jar", "Vella\n", time)), "17"), "a data file changed");
    assertNotEquals(before, CodeVersion.of(List.of(jar("d.jar", "Camilleri\n", time + 60_000)), "17"), "rebuilt");
  }

  @Test
  void aFileThatIsNotAZipIsVersionedByItsBytes() throws Exception {
    Path jar = Files.write(temp.resolve("dateline.jar"), new byte[] {1, 2, 3});
    String before = CodeVersion.of(List.of(jar), "17");
    Files.write(jar, new byte[] {1, 2, 4});
    assertNotEquals(before, CodeVersion.of(List.of(jar), "17"));
  }
}
