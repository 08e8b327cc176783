package org.dateline.pipeline;

import java.io.IOException;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dateline.digest.Murmur3;
import org.dateline.extract.MetadataExtractor;
import org.dateline.model.Story;
import org.dateline.read.DocumentReader;

/**
 * The version of the running code and its data (word lists, gazetteer, libraries): part of every
 * build cache key, every page key and the fingerprint of a build's inputs, so that nothing made by
 * other code is ever reused and nobody has to remember to bump a constant.
 * It is the 128-bit MurmurHash3 of the Java runtime's version and of where the reading classes
 * were loaded from (a version tells code apart, against accidents: no cryptographic hash is
 * needed, and SHA-256 took about 65 ms of a cold JVM's time, on the way of every build). For the
 * jar {@code target/dateline.jar} (which holds the libraries, word lists and gazetteer too) that is
 * its central directory, the zip's table of contents, which gives every entry's name, time, sizes
 * and CRC-32: any changed class or data file changes it, and its 850 KB are hashed in a fraction of
 * the time the whole 20 MB jar would take. For a classes
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
    Murmur3 digest = new Murmur3();
    digest.updatePart(runtime.getBytes(StandardCharsets.UTF_8));
    for (Path source : new TreeSet<>(sources)) {
      if (Files.isDirectory(source)) {
        try (Stream<Path> walk = Files.walk(source)) {
          for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
            digest.updatePart(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.updatePart(Files.readAllBytes(file));
          }
        }
      } else if (!digestZipDirectory(source, digest)) {
        digest.updatePart(Files.readAllBytes(source));
      }
    }
    return digest.hex();
  }

  /**
   * Adds the central directory and size of the zip file {@code jar} to {@code sha}; false (and
   * nothing added) when it is not a plain zip with its directory just before its end record.
   */
  private static boolean digestZipDirectory(Path jar, Murmur3 digest) throws IOException {
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
        digest.updatePart(read(channel, directoryOffset, (int) directorySize).array());
        digest.updatePart(ByteBuffer.allocate(Long.BYTES).putLong(size).array());
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
}
