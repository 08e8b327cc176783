package org.dateline.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dateline.extract.MetadataExtractor;
import org.dateline.model.Story;
import org.dateline.read.DocumentReader;

/**
 * The version of the running code and its data (word lists, gazetteer, libraries): part of every
 * build cache key, every page key and the fingerprint of a build's inputs, so that nothing made by
 * other code is ever reused and nobody has to remember to bump a constant.
 * It is the SHA-256 of the Java runtime's version and of where the reading classes were loaded
 * from. For the jar {@code target/dateline.jar} (which holds the libraries, word lists and
 * gazetteer too) that is its central directory, the zip's table of contents, which gives every
 * entry's name, time, sizes and CRC-32: any changed class or data file changes it, and hashing its
 * 850 KB takes about 30 ms in a cold JVM where the whole 20 MB jar takes about 100. For a classes
 * folder (tests, {@code mvn exec}) it is every file under it, relative path and bytes, in sorted
 * order; libraries outside the folder are not covered there. Computed once per process.
 */
final class CodeVersion {
  /** Classes whose code and data decide what a story file becomes. */
  private static final List<Class<?>> READING =
      List.of(DocumentReader.class, MetadataExtractor.class, StoryBuilder.class, Story.class);

  /** The zip end-of-central-directory record: its signature and its size without comment. */
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int END_RECORD = 22;

  private CodeVersion() {}

  /**
   * The version of the running code, or empty when a reading class was not loaded from a jar
   * file or a folder (then no cache on disk can be trusted).
   */
  static Optional<String> current() {
    return Running.VERSION;
  }

  /** Computed on first use, once per class loader. */
  private static final class Running {
    static final Optional<String> VERSION = compute();

    private static Optional<String> compute() {
      TreeSet<Path> sources = new TreeSet<>();
      for (Class<?> type : READING) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
          return Optional.empty();
        }
        try {
          sources.add(Path.of(location.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          return Optional.empty();
        }
      }
      try {
        return Optional.of(of(sources, Runtime.version().toString()));
      } catch (IOException | UncheckedIOException e) {
        return Optional.empty();
      }
    }
  }

  /** The version of the code in {@code sources} (jar files or class folders) run by {@code runtime}. */
  static String of(Collection<Path> sources, String runtime) throws IOException {
    MessageDigest sha = sha256();
    sha.update(runtime.getBytes(StandardCharsets.UTF_8));
    for (Path source : new TreeSet<>(sources)) {
      if (Files.isDirectory(source)) {
        try (Stream<Path> walk = Files.walk(source)) {
          for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
            sha.update((byte) 0);
            sha.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            digest(file, sha);
          }
        }
      } else {
        sha.update((byte) 0);
        if (!digestZipDirectory(source, sha)) {
          digest(source, sha);
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Adds the central directory and size of the zip file {@code jar} to {@code sha}; false (and
   * nothing added) when it is not a plain zip with its directory just before its end record.
   */
  private static boolean digestZipDirectory(Path jar, MessageDigest sha) throws IOException {
    try (FileChannel channel = FileChannel.open(jar)) {
      long size = channel.size();
      int tail = (int) Math.min(size, END_RECORD + 0xFFFF);
      ByteBuffer end = read(channel, size - tail, tail).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = tail - END_RECORD; i >= 0; i--) {
        if (end.getInt(i) != END_SIGNATURE) {
          continue;
        }
        long directorySize = end.getInt(i + 12) & 0xFFFFFFFFL;
        long directoryOffset = end.getInt(i + 16) & 0xFFFFFFFFL;
        if (directoryOffset + directorySize != size - tail + i || directorySize > Integer.MAX_VALUE) {
          return false;
        }
        sha.update(read(channel, directoryOffset, (int) directorySize).array());
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(size).array());
        return true;
      }
      return false;
    }
  }

  private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("file shorter than it said");
      }
    }
    return buffer;
  }

  private static void digest(Path file, MessageDigest sha) throws IOException {
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
