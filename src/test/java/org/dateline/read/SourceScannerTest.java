package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {
  @TempDir Path root;

  private void write(String path) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "A story.\n");
  }

  private List<String> scan(List<Diagnostic> problems) throws IOException {
    return new SourceScanner(root).scan(List.of(Path.of("content")), problems).stream()
        .map(SourceScanner.SourceFile::displayPath)
        .toList();
  }

  @Test
  void storyFilesAtAnyDepthSortedByPathAcrossFolders() throws IOException {
    for (String path : List.of(
        "content/2014/b.md", "content/2014/a.markdown", "content/2014-extra/a.md", "content/top.txt",
        "content/2013/deep/er/c.md", "content/a.md", "content/2014/notes.json")) {
      write(path);
    }
    List<Diagnostic> problems = new ArrayList<>();
    assertEquals(
        List.of(
            "content/2013/deep/er/c.md", "content/2014-extra/a.md", "content/2014/a.markdown",
            "content/2014/b.md", "content/a.md", "content/top.txt"),
        scan(problems));
    assertEquals(List.of(), problems);
  }

  @Test
  void hiddenFilesAndFoldersAreSkipped() throws IOException {
    for (String path : List.of(
        "content/.draft.md", "content/.git/x.md", "content/2014/.hidden/y.md", "content/2014/.z.md", "content/2014/ok.md")) {
      write(path);
    }
    assertEquals(List.of("content/2014/ok.md"), scan(new ArrayList<>()));
  }

  @Test
  void aLinkToAStoryOutsideTheProjectIsRefused() throws IOException {
    Path outside = Files.createTempFile("outside", ".md");
    try {
      write("content/in.md");
      Files.createDirectories(root.resolve("content/2014"));
      try {
        Files.createSymbolicLink(root.resolve("content/2014/link.md"), outside);
        Files.createSymbolicLink(root.resolve("content/inside.md"), root.resolve("content/in.md"));
      } catch (UnsupportedOperationException | IOException e) {
        return; // a file system without links
      }
      List<Diagnostic> problems = new ArrayList<>();
      assertEquals(List.of("content/in.md", "content/inside.md"), scan(problems));
      assertEquals(1, problems.size());
      assertEquals("outside-project", problems.get(0).code());
      assertEquals("content/2014/link.md", problems.get(0).pos().file());
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void eachStoryComesWithWhatTheFileSystemSaidOfItsFileOrOfWhatItLinksTo() throws IOException {
    write("content/2014/a.md");
    Files.writeString(root.resolve("content/b.md"), "A longer story.\n");
    try {
      Files.createSymbolicLink(root.resolve("content/c.md"), root.resolve("content/b.md"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // a file system without links
    }
    List<SourceScanner.SourceFile> found = new SourceScanner(root).scan(List.of(Path.of("content")), new ArrayList<>());
    assertEquals(List.of("content/2014/a.md", "content/b.md", "content/c.md"),
        found.stream().map(SourceScanner.SourceFile::displayPath).toList());
    for (SourceScanner.SourceFile file : found) {
      Path real = file.path().toRealPath();
      FileStat stat = file.stat();
      assertEquals(Files.size(real), stat.size(), file.displayPath());
      assertEquals(Files.getAttribute(real, "unix:ino"), stat.inode(), file.displayPath());
      assertEquals(Files.getLastModifiedTime(real).to(TimeUnit.NANOSECONDS), stat.modified(), file.displayPath());
      assertTrue(stat.isRegularFile(), file.displayPath());
    }
    assertEquals(found.get(1).stat(), found.get(2).stat(), "a link's stat is its story's");
  }

  @Test
  void aFolderNamedLikeAStoryIsGoneIntoAndALinkToNothingOrToAFolderIsLeftOut() throws IOException {
    write("content/odd.md/inside.md");
    Files.createDirectories(root.resolve("content/folder"));
    try {
      Files.createSymbolicLink(root.resolve("content/dangling.md"), root.resolve("content/missing.md"));
      Files.createSymbolicLink(root.resolve("content/folder.md"), root.resolve("content/folder"));
      Files.createSymbolicLink(root.resolve("content/loop.md"), root.resolve("content/loop.md"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // a file system without links
    }
    List<Diagnostic> problems = new ArrayList<>();
    assertEquals(List.of("content/odd.md/inside.md"), scan(problems));
    assertEquals(List.of(), problems);
  }

  @Test
  void aSourceFolderThatIsALinkIsNotFollowed() throws IOException {
    Path outside = Files.createTempDirectory("outside");
    try {
      Files.writeString(outside.resolve("a.md"), "A story from elsewhere.\n");
      try {
        Files.createSymbolicLink(root.resolve("content"), outside);
      } catch (UnsupportedOperationException | IOException e) {
        return; // a file system without links
      }
      List<Diagnostic> problems = new ArrayList<>();
      assertEquals(List.of(), scan(problems));
      assertEquals(List.of(), problems);
    } finally {
      Files.deleteIfExists(outside.resolve("a.md"));
      Files.deleteIfExists(outside);
    }
  }
}
