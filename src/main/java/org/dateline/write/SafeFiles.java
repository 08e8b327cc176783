package org.dateline.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * File operations of the writer that never follow a symbolic link inside the output folder, so
 * nothing is read, written or deleted outside it; and the check of relative output paths.
 */
final class SafeFiles {
  private SafeFiles() {}

  /**
   * Resolves a relative output path, refusing anything that is not a plain relative path of
   * named segments ({@code a/b.html}): absolute paths, drive letters, backslashes, {@code .} and
   * {@code ..} segments, empty segments and control characters (which would break the manifest).
   */
  static Path resolve(Path root, String relative) throws IOException {
    checkPlain(relative);
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IOException("output path leaves the output folder: " + relative);
    }
    return target;
  }

  /**
   * Refuses anything that is not a plain relative path of named segments ({@code a/b.html}), as
   * {@link #resolve} does: such a path stays within whatever folder it is resolved against.
   */
  static void checkPlain(String relative) throws IOException {
    int segmentStart = 0;
    for (int i = 0; i <= relative.length(); i++) {
      char c = i < relative.length() ? relative.charAt(i) : '/';
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
        throw new IOException("unsafe output path: " + relative);
      }
      if (c == '/') {
        int length = i - segmentStart;
        if (length == 0
            || (length == 1 && relative.charAt(segmentStart) == '.')
            || (length == 2 && relative.startsWith("..", segmentStart))) {
          throw new IOException("output path leaves the output folder or is not plain: " + relative);
        }
        segmentStart = i + 1;
      }
    }
  }

  /** The attributes of {@code path} itself (a link is not followed), or null if it does not exist. */
  static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  static boolean isRealFolder(Path path) throws IOException {
    BasicFileAttributes attributes = attributes(path);
    return attributes != null && attributes.isDirectory();
  }

  /** Whether {@code root} and every folder from it down to {@code folder} is a real folder, not a link. */
  static boolean inRealFolders(Path root, Path folder) throws IOException {
    Path current = root;
    if (!isRealFolder(current)) {
      return false;
    }
    for (Path name : root.relativize(folder)) {
      if (name.toString().isEmpty()) {
        continue;
      }
      current = current.resolve(name);
      if (!isRealFolder(current)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Makes every folder from {@code root} (which must exist) down to {@code folder} a real folder:
   * creates the missing ones and replaces a file or link that stands where a folder must be.
   */
  static void makeRealFolders(Path root, Path folder) throws IOException {
    Path current = root;
    for (Path name : root.relativize(folder)) {
      if (name.toString().isEmpty()) {
        continue;
      }
      current = current.resolve(name);
      BasicFileAttributes attributes = attributes(current);
      if (attributes != null && attributes.isDirectory()) {
        continue;
      }
      if (attributes != null) {
        Files.delete(current);
      }
      Files.createDirectory(current);
    }
  }

  /** Renames atomically where the file system can, replacing a file at {@code to}. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a file, a link (not its target) or a folder with everything in it; nothing if absent. */
  static void deleteTree(Path root) throws IOException {
    if (attributes(root) == null) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
