package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dateline.digest.Murmur3;
import org.dateline.read.FileStat;

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
   * The fingerprint of {@code files} with their {@code stamps} (see {@link #stamp}), in the same
   * order, and {@code context}, for a build to compare with the last one's and to record.
   */
  static Trusted trusted(String context, List<Path> files, List<String> stamps) {
    return new Trusted(digest(context, files, stamps), stamps);
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
   * The stamp of {@code file}, looked at now: {@code absent}, or as {@link #stamp(FileStat,
   * FileTime)}.
   */
  static String stamp(Path file, FileTime now) {
    try {
      return stamp(FileStat.read(file), now);
    } catch (NoSuchFileException e) {
      return "absent";
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The stamp of a file that the file system said {@code stat} of, after the clock read {@code
   * now}: its size, times, device and inode; null when it was modified at or after {@code now} or
   * the file system does not say ({@code stat} null).
   */
  static String stamp(FileStat stat, FileTime now) {
    long clock = now.to(TimeUnit.NANOSECONDS);
    if (stat == null || stat.modified() >= clock || stat.changed() >= clock) {
      return null;
    }
    return stat.size() + " " + stat.modified() + " " + stat.changed() + " " + stat.device() + " " + stat.inode();
  }

  /**
   * The file system's clock now: the modification time of a file written to just now in {@code
   * cacheDir}. Read it before the files are looked at: a file modified after it is looked at must
   * show.
   */
  static FileTime clock(Path cacheDir) throws IOException {
    Files.createDirectories(cacheDir);
    Path clock = cacheDir.resolve(CLOCK);
    Files.write(clock, new byte[] {'\n'});
    return Files.getLastModifiedTime(clock);
  }

  private static void update(Murmur3 digest, String text) {
    digest.updatePart(text.getBytes(StandardCharsets.UTF_8));
  }
}
