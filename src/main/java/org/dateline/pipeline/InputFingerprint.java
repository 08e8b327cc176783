package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.digest.Murmur3;

/**
 * A build's inputs told apart by what the file system says of their files rather than by their
 * bytes: for each file its path, size, modification and change times, device and inode, hashed
 * with a text that stands for everything else the build depends on. As make and git do, it trusts
 * that a file whose size and times are unchanged holds the same bytes; the change time (which no
 * copying or unpacking tool can set back) and the inode catch a file restored with an old
 * modification time.
 *
 * <p>A file modified within the same tick of the file system's clock as it is looked at could be
 * modified again without a trace in its times (git's "racy" files). So a build that records a
 * fingerprint reads the clock first, by writing a small file in the cache folder, and a file
 * stamped at or after that moment leaves it without one (the build is then never taken as up to
 * date, and the file is read again). A file system without POSIX times and inodes gives no
 * fingerprint.
 */
final class InputFingerprint {
  /** The file whose modification time tells the file system's clock, in the cache folder. */
  static final String CLOCK = "clock";

  private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino";

  private InputFingerprint() {}

  /**
   * A fingerprint for a build to record, and the stamp of each file (what the file system says of
   * it, in the order of the files) that a later build may trust to tell the file unchanged.
   *
   * @param fingerprint empty when a file is too recent to be told apart by its times, or the file
   *     system does not tell
   * @param stamps null for such a file
   */
  record Trusted(Optional<String> fingerprint, List<String> stamps) {}

  /**
   * The fingerprint and stamps of {@code files} (a missing one counts as such) and {@code
   * context}, for a build to compare with the last one's and to record. Reads the file system's
   * clock first, by writing a file in {@code cacheDir}. Call it before reading any of the files: a
   * file modified after it is looked at must show.
   */
  static Trusted trusted(Path cacheDir, String context, List<Path> files) throws IOException {
    List<String> stamps = stamps(files, clock(cacheDir));
    return new Trusted(digest(context, files, stamps), stamps);
  }

  /** The stamp of every file; looked at on all cores, as a look-up is mostly waiting for the system. */
  private static List<String> stamps(List<Path> files, FileTime now) {
    return files.parallelStream().map(file -> stamp(file, now)).toList();
  }

  private static Optional<String> digest(String context, List<Path> files, List<String> stamps) {
    if (stamps.contains(null)) {
      return Optional.empty();
    }
    Murmur3 digest = new Murmur3();
    update(digest, context);
    for (int i = 0; i < files.size(); i++) {
      update(digest, files.get(i).toString());
      update(digest, stamps.get(i));
    }
    return Optional.of(digest.hex());
  }

  /**
   * What the file system says of {@code file}: {@code absent}, or its size, times, device and
   * inode; null when it was modified at or after {@code now} or the file system does not say.
   */
  private static String stamp(Path file, FileTime now) {
    Map<String, Object> attributes;
    try {
      attributes = Files.readAttributes(file, ATTRIBUTES);
    } catch (NoSuchFileException e) {
      return "absent";
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
    FileTime modified = (FileTime) attributes.get("lastModifiedTime");
    FileTime changed = (FileTime) attributes.get("ctime");
    if (modified.compareTo(now) >= 0 || changed.compareTo(now) >= 0) {
      return null;
    }
    return attributes.get("size") + " " + nanos(modified) + " " + nanos(changed) + " "
        + attributes.get("dev") + " " + attributes.get("ino");
  }

  /** The file system's clock now: the modification time of a file written to just now. */
  private static FileTime clock(Path cacheDir) throws IOException {
    Files.createDirectories(cacheDir);
    Path clock = cacheDir.resolve(CLOCK);
    Files.write(clock, new byte[] {'\n'});
    return Files.getLastModifiedTime(clock);
  }

  private static long nanos(FileTime time) {
    return time.to(java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private static void update(Murmur3 digest, String text) {
    digest.updatePart(text.getBytes(StandardCharsets.UTF_8));
  }
}
