package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path temp;

  @Test
  void replacesThePreviousSiteWhole() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(List.of(OutputFile.text("old.html", "old")));
    new SiteWriter(out).write(List.of(OutputFile.text("new.html", "new")));
    assertTrue(Files.exists(out.resolve("new.html")));
    assertFalse(Files.exists(out.resolve("old.html")));
  }

  @Test
  void pathsThatLeaveTheOutputFolderAreRefusedAndTheOldSiteKept() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(List.of(OutputFile.text("index.html", "v1")));
    for (String bad :
        List.of("../escape.html", "/etc/x", "C:\\x", "a/../../x", "a\0b", "", "..", "a//b", "./x", "a/.", "a/", "a\u007fb")) {
      assertThrows(
          IOException.class,
          () -> new SiteWriter(out).write(List.of(OutputFile.text("ok.html", "x"), OutputFile.text(bad, "x"))),
          bad);
    }
    assertEquals("v1", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(temp.resolve("escape.html")));
    try (var files = Files.list(temp)) {
      assertEquals(List.of(out), files.toList(), "no staging folders are left behind");
    }
  }

  @Test
  void twoFilesAtTheSamePathAreAnError() {
    Path out = temp.resolve("site-out");
    assertThrows(
        IOException.class,
        () -> new SiteWriter(out).write(List.of(OutputFile.text("a.html", "1"), OutputFile.text("A.html", "2"))));
  }

  @Test
  void anOutputFolderThatIsALinkIsNotReplaced() throws IOException {
    Path real = Files.createDirectories(temp.resolve("elsewhere"));
    Path out = Files.createSymbolicLink(temp.resolve("site-out"), real);
    assertThrows(IOException.class, () -> new SiteWriter(out).write(List.of(OutputFile.text("a.html", "1"))));
    assertTrue(Files.isSymbolicLink(out));
  }

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  private static List<OutputFile> site(String... pathsAndTexts) {
    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.add(OutputFile.text(pathsAndTexts[i], pathsAndTexts[i + 1]));
    }
    return files;
  }

  /** Every entry under {@code root} (folders too, links not followed): kind, size, time and inode. */
  private static Map<String, String> stat(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            entries.put(root.relativize(dir) + "/", describe(a));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            entries.put(root.relativize(file).toString(), describe(a));
            return FileVisitResult.CONTINUE;
          }
        });
    return entries;
  }

  private static String describe(BasicFileAttributes a) {
    return (a.isDirectory() ? "dir " : a.isSymbolicLink() ? "link " : "file ")
        + a.size() + " " + a.lastModifiedTime() + " " + a.fileKey();
  }

  /** Every entry under {@code root} with its bytes ("/" for a folder): what a site is, without times. */
  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        entries.put(
            root.relativize(p).toString(),
            Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  private static void makeOld(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
  }

  private List<Path> stagingFolders() throws IOException {
    try (var files = Files.list(temp)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".site-out.")).toList();
    }
  }

  @Test
  void anUnchangedFileIsNotRewritten() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(site("index.html", "home", "a.html", "A1"));
    Files.setLastModifiedTime(out.resolve("a.html"), LONG_AGO);
    Object inode = Files.readAttributes(out.resolve("a.html"), BasicFileAttributes.class).fileKey();
    int written = new SiteWriter(out).write(site("index.html", "home 2", "a.html", "A1"));
    assertEquals(1, written);
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("a.html")));
    assertEquals(inode, Files.readAttributes(out.resolve("a.html"), BasicFileAttributes.class).fileKey());
    assertEquals("home 2", Files.readString(out.resolve("index.html")));
  }

  @Test
  void aChangedFileIsRewrittenEvenWithTheSameSize() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(site("index.html", "home", "a.html", "A1"));
    makeOld(out);
    assertEquals(1, new SiteWriter(out).write(site("index.html", "home", "a.html", "A2")));
    assertEquals("A2", Files.readString(out.resolve("a.html")));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("index.html")));
  }

  @Test
  void aRemovedPageIsDeletedWithTheFoldersLeftEmpty() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(site("index.html", "home", "old/deep/x.html", "x", "keep/y.html", "y"));
    assertEquals(0, new SiteWriter(out).write(site("index.html", "home", "keep/y.html", "y")));
    assertEquals(
        Map.of("", "/", "index.html", "home", "keep", "/", "keep/y.html", "y", SiteWriter.MANIFEST,
            Files.readString(out.resolve(SiteWriter.MANIFEST))),
        contents(out));
  }

  @Test
  void aBuildThatChangesNothingWritesNothing() throws IOException {
    Path out = temp.resolve("site-out");
    List<OutputFile> files = site("index.html", "home", "articles/a.html", "A", "assets/style.css", "b{}");
    new SiteWriter(out).write(files);
    makeOld(out);
    Map<String, String> before = stat(temp);
    byte[] manifest = Files.readAllBytes(out.resolve(SiteWriter.MANIFEST));
    FileTime parentTime = Files.getLastModifiedTime(temp);

    assertEquals(0, new SiteWriter(out).write(files));

    assertEquals(before, stat(temp), "no file or folder of site-out or beside it was touched");
    assertArrayEquals(manifest, Files.readAllBytes(out.resolve(SiteWriter.MANIFEST)));
    assertEquals(parentTime, Files.getLastModifiedTime(temp), "no staging folder was even made");
  }

  /** Writes {@code files}, each streamed through {@link SiteWriter.Staging#write(String, String, OutputSink.Body)}. */
  private static int writeStreamed(Path out, List<OutputFile> files) throws IOException {
    int written = 0;
    try (SiteWriter.Staging staging = new SiteWriter(out).stage()) {
      for (OutputFile file : files) {
        written += staging.write(file.path(), file.key(), stream -> stream.write(file.bytes())) ? 1 : 0;
      }
      staging.commit();
    }
    return written;
  }

  @Test
  void streamedFilesAreWrittenOnlyWhenTheirBytesChanged() throws IOException {
    Path out = temp.resolve("site-out");
    List<OutputFile> files = site("index.html", "home", "data/a.json", "[1, 2]", "data/b.json", "[3]");
    assertEquals(3, writeStreamed(out, files));
    assertEquals(withoutManifest(contents(temp.resolve("whole"), files)), withoutManifest(contents(out)));
    makeOld(out);
    Map<String, String> before = stat(temp);
    FileTime parentTime = Files.getLastModifiedTime(temp);

    assertEquals(0, writeStreamed(out, files));
    assertEquals(before, stat(temp), "an unchanged streamed file is compared, not written");
    assertEquals(parentTime, Files.getLastModifiedTime(temp), "no staging folder was even made");

    List<OutputFile> changed = site("index.html", "home", "data/a.json", "[1, 2, 3]", "data/b.json", "[");
    assertEquals(2, writeStreamed(out, changed));
    assertEquals(withoutManifest(contents(temp.resolve("scratch"), changed)), withoutManifest(contents(out)));
    assertEquals(
        Files.readString(temp.resolve("scratch").resolve(SiteWriter.MANIFEST)),
        Files.readString(out.resolve(SiteWriter.MANIFEST)),
        "streamed files are hashed in the manifest as whole ones are");
  }

  /** What writing {@code files} whole into a fresh folder {@code scratch} gives. */
  private static Map<String, String> contents(Path scratch, List<OutputFile> files) throws IOException {
    new SiteWriter(scratch).write(files);
    return contents(scratch);
  }

  private static Map<String, String> withoutManifest(Map<String, String> contents) {
    Map<String, String> rest = new TreeMap<>(contents);
    rest.remove(SiteWriter.MANIFEST);
    return rest;
  }

  @Test
  void theManifestListsEachFileWithItsHashAndKey() throws IOException {
    Path out = temp.resolve("site-out");
    String key = "0123456789abcdef0123456789abcdef";
    new SiteWriter(out).write(List.of(new OutputFile("b.html", "B".getBytes(StandardCharsets.UTF_8), key),
        OutputFile.text("a/c.html", "")));
    assertEquals(
        // MurmurHash3 x64 128 (seed 0) of "" and of "B"; "-" for a file made without a key
        "00000000000000000000000000000000 - a/c.html\n"
            + "bcdd4ddfd851cce6e4fb6dcc3773ade4 " + key + " b.html\n",
        Files.readString(out.resolve(SiteWriter.MANIFEST)));
  }

  @Test
  void aPageIsKeptOnlyIfMadeFromTheSameKeyAndUntouchedSince() throws IOException {
    Path out = temp.resolve("site-out");
    String key = "0123456789abcdef0123456789abcdef";
    String other = "fedcba9876543210fedcba9876543210";
    List<OutputFile> site = List.of(
        new OutputFile("a.html", "A".getBytes(StandardCharsets.UTF_8), key),
        new OutputFile("b.html", "B".getBytes(StandardCharsets.UTF_8), key),
        OutputFile.text("c.html", "C"));
    new SiteWriter(out).write(site);
    makeOld(out);
    Files.setLastModifiedTime(out.resolve(SiteWriter.MANIFEST), FileTime.from(Instant.parse("2001-02-03T04:05:07Z")));
    Files.setLastModifiedTime(out.resolve("b.html"), FileTime.from(Instant.parse("2001-02-03T04:05:08Z")));
    byte[] manifest = Files.readAllBytes(out.resolve(SiteWriter.MANIFEST));
    try (SiteWriter.Staging staging = new SiteWriter(out).stage()) {
      assertFalse(staging.keep("a.html", other), "made from other inputs");
      assertTrue(staging.keep("a.html", key));
      assertFalse(staging.keep("b.html", key), "touched after the manifest: perhaps edited by hand");
      assertFalse(staging.keep("c.html", key), "made without a key");
      assertFalse(staging.keep("d.html", key), "not there");
      assertThrows(IOException.class, () -> staging.write(OutputFile.text("a.html", "A")), "a kept page is claimed");
      staging.write(site.get(1));
      staging.write(site.get(2));
      staging.commit();
    }
    assertArrayEquals(manifest, Files.readAllBytes(out.resolve(SiteWriter.MANIFEST)), "a kept page keeps its hash and key");
    assertEquals("A", Files.readString(out.resolve("a.html")));
  }

  @Test
  void aManifestOfPathsOnlyCountsEveryFileAsChanged() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(site("index.html", "home", "a.html", "A"));
    Files.writeString(out.resolve(SiteWriter.MANIFEST), "a.html\nindex.html\n");
    assertEquals(List.of(), new SiteWriter(out).foreignFiles());
    assertEquals(2, new SiteWriter(out).write(site("index.html", "home", "a.html", "A")));
    assertTrue(Files.readString(out.resolve(SiteWriter.MANIFEST)).contains(Manifest.hash("A".getBytes()) + " - a.html\n"));
  }

  @Test
  void aForeignFileIsReportedAndRemoved() throws IOException {
    Path out = temp.resolve("site-out");
    List<OutputFile> files = site("index.html", "home", "a.html", "A");
    new SiteWriter(out).write(files);
    makeOld(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.createDirectories(out.resolve("mine/deeper"));
    Files.writeString(out.resolve("mine/deeper/x.txt"), "mine too");
    Files.createDirectories(out.resolve("empty"));
    assertEquals(List.of("mine/deeper/x.txt", "notes.txt"), new SiteWriter(out).foreignFiles());

    assertEquals(0, new SiteWriter(out).write(files));

    assertEquals(List.of("", SiteWriter.MANIFEST, "a.html", "index.html"), List.copyOf(contents(out).keySet()));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("a.html")), "kept files are not rewritten");
    assertEquals(List.of(), new SiteWriter(out).foreignFiles());
  }

  @Test
  void aPageEditedByHandInSiteOutIsPutBack() throws IOException {
    Path out = temp.resolve("site-out");
    List<OutputFile> files = site("index.html", "home", "a.html", "A1");
    new SiteWriter(out).write(files);
    makeOld(out);
    Files.writeString(out.resolve("a.html"), "X1"); // same size, newer than the manifest
    assertEquals(1, new SiteWriter(out).write(files));
    assertEquals("A1", Files.readString(out.resolve("a.html")));
    Files.setLastModifiedTime(out.resolve("index.html"), FileTime.from(Instant.now().plusSeconds(60)));
    assertEquals(0, new SiteWriter(out).write(files), "a page only touched is compared, not rewritten");
  }

  /** The old site and the new one of the commit tests: every kind of change at once. */
  private static final List<OutputFile> BEFORE =
      site("index.html", "home", "same.html", "same", "changed.html", "old text", "gone.html", "gone",
          "gone-folder/x.html", "x", "was-file", "a file", "was-folder/y.html", "y", "About.html", "about");

  private static final List<OutputFile> AFTER =
      site("index.html", "home", "same.html", "same", "changed.html", "new text", "new/deep/n.html", "n",
          "was-file/z.html", "now a folder", "was-folder", "now a file", "about.html", "About, renamed");

  private Path fresh(List<OutputFile> files) throws IOException {
    Path fresh = Files.createTempDirectory(temp, "fresh").resolve("site-out");
    new SiteWriter(fresh).write(files);
    return fresh;
  }

  @Test
  void aCommitKilledAfterItsJournalIsFinishedByTheNextWriter() throws IOException {
    Map<String, String> expected = contents(fresh(AFTER));
    int stepsTaken = 0;
    for (int steps = 0; ; steps++) {
      Path out = temp.resolve("site-out");
      if (Files.exists(out)) {
        SafeFiles.deleteTree(out);
      }
      new SiteWriter(out).write(BEFORE);
      Files.writeString(out.resolve("foreign.txt"), "by hand");
      SiteWriter.Staging staging = new SiteWriter(out).stage();
      for (OutputFile file : AFTER) {
        staging.write(file);
      }
      staging.commit(steps); // then "killed": no clean-up
      staging.close();
      if (stagingFolders().isEmpty()) {
        stepsTaken = steps;
        assertEquals(expected, contents(out), "commit not interrupted");
        break;
      }
      assertTrue(Files.isRegularFile(stagingFolders().get(0).resolve(CommitJournal.NAME)));
      new SiteWriter(out).recover();
      assertEquals(expected, contents(out), "killed after " + steps + " steps");
      assertEquals(List.of(), stagingFolders());
      new SiteWriter(out).recover(); // and once more changes nothing
      assertEquals(expected, contents(out), "recovered twice after " + steps + " steps");
    }
    assertTrue(stepsTaken > 10, "the journal had " + stepsTaken + " steps");
  }

  @Test
  void aStagingFolderWithoutAJournalIsThrownAwayAndTheSiteKept() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(BEFORE);
    Map<String, String> before = stat(out);
    SiteWriter.Staging staging = new SiteWriter(out).stage();
    for (OutputFile file : AFTER) {
      staging.write(file);
    }
    Path folder = stagingFolders().get(0);
    Files.writeString(folder.resolve(CommitJournal.NAME + ".partial"), "dateline-commit 1\ndelete index.html\n");
    // killed here: the next build starts
    new SiteWriter(out).recover();
    assertEquals(List.of(), stagingFolders());
    assertEquals(before, stat(out));
    staging.close();
  }

  @Test
  void aDamagedJournalIsReportedWithItsPathAndNothingTouched() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(BEFORE);
    Map<String, String> before = stat(out);
    Path folder = Files.createDirectory(temp.resolve(".site-out.new-123"));
    Files.writeString(folder.resolve(CommitJournal.NAME), "dateline-commit 1\ndelete index.html\n");
    IOException e = assertThrows(IOException.class, () -> new SiteWriter(out).stage());
    assertTrue(e.getMessage().startsWith(folder.resolve(CommitJournal.NAME) + ": damaged commit journal"), e.getMessage());
    assertEquals(before, stat(out));
  }

  @Test
  void incrementalWritesGiveTheSameSiteAsWritingFromScratch() throws IOException {
    Path out = temp.resolve("site-out");
    List<List<OutputFile>> builds =
        List.of(
            BEFORE,
            AFTER,
            AFTER,
            BEFORE,
            site("index.html", "home"),
            site(),
            site("index.html", "home", "a/b/c.html", "c", "a/b.html", "b"),
            site("index.html", "home 2", "a/b/c.html", "c", "a/d.html", "d"),
            BEFORE);
    for (int i = 0; i < builds.size(); i++) {
      new SiteWriter(out).write(builds.get(i));
      assertEquals(contents(fresh(builds.get(i))), contents(out), "after write " + i);
    }
    assertEquals(List.of(), stagingFolders());
  }

  @Test
  void linksInsideTheOutputFolderAreNeverFollowed() throws IOException {
    Path out = temp.resolve("site-out");
    new SiteWriter(out).write(site("index.html", "home", "old/x.html", "x", "articles/a.html", "A"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("x.html"), "x");
    Files.writeString(elsewhere.resolve("a.html"), "A");
    SafeFiles.deleteTree(out.resolve("old"));
    SafeFiles.deleteTree(out.resolve("articles"));
    Files.createSymbolicLink(out.resolve("old"), elsewhere);
    Files.createSymbolicLink(out.resolve("articles"), elsewhere);

    new SiteWriter(out).write(site("index.html", "home", "articles/a.html", "A2"));

    assertEquals("x", Files.readString(elsewhere.resolve("x.html")), "not deleted through the link");
    assertEquals("A", Files.readString(elsewhere.resolve("a.html")), "not written through the link");
    assertFalse(Files.exists(out.resolve("old"), LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.isSymbolicLink(out.resolve("articles")));
    assertEquals("A2", Files.readString(out.resolve("articles/a.html")));
  }

  @Test
  void theWritersOwnNamesAreRefusedAsPages() {
    Path out = temp.resolve("site-out");
    for (String reserved : List.of(SiteWriter.MANIFEST, ".Dateline-Files", CommitJournal.NAME)) {
      assertThrows(IOException.class, () -> new SiteWriter(out).write(site(reserved, "x")), reserved);
    }
  }
}
