package org.dateline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a POSIX file system says of a file in one look-up: its type and permission bits, size,
 * modification and change times in nanoseconds, device and inode.
 *
 * @param mode the type and permission bits ({@code st_mode})
 */
public record FileStat(int mode, long size, long modified, long changed, long device, long inode) {
  private static final String ATTRIBUTES = "unix:mode,size,lastModifiedTime,ctime,dev,ino";
  private static final int TYPE = 0170000;
  private static final int FOLDER = 0040000;
  private static final int REGULAR = 0100000;
  private static final int LINK = 0120000;

  /**
   * What the file system says of {@code file} (a link is followed unless {@code options} say
   * otherwise); null on a file system without POSIX attributes.
   *
   * @throws java.nio.file.NoSuchFileException if there is no such file
   */
  public static FileStat read(Path file, LinkOption... options) throws IOException {
    Map<String, Object> attributes;
    try {
      attributes = Files.readAttributes(file, ATTRIBUTES, options);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
    return new FileStat(
        (Integer) attributes.get("mode"),
        (Long) attributes.get("size"),
        nanos((FileTime) attributes.get("lastModifiedTime")),
        nanos((FileTime) attributes.get("ctime")),
        (Long) attributes.get("dev"),
        (Long) attributes.get("ino"));
  }

  public boolean isFolder() {
    return (mode & TYPE) == FOLDER;
  }

  public boolean isRegularFile() {
    return (mode & TYPE) == REGULAR;
  }

  public boolean isLink() {
    return (mode & TYPE) == LINK;
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }
}
