package org.dateline.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The build cache on disk: one pack file, {@code stories.bin} in the cache folder, holding every
 * entry of the last build. Layout: the magic bytes {@code DATELINE}, the {@link #FORMAT} number,
 * the code version (see {@link CodeVersion}), the number of entries, then per entry its
 * file's display path, its key, its source digest and stamp (see {@link StoryCache.Stored}), and
 * the length and bytes of its {@link StoryCodec} record; last,
 * the CRC-32 of everything before it ({@link CacheFiles}). A file that is missing, damaged,
 * truncated, or written by another format or other code loads as empty: the build then reads
 * every story, never fails.
 *
 * <p>Loading reads the file in one pass and keeps each record packed, in a few large arrays: a
 * record is decoded only when its story is asked for, on the build's worker threads, and an
 * unchanged record is written back as it is.
 */
final class StoryCacheFile {
  /** The name of the pack file in the cache folder. */
  static final String NAME = "stories.bin";
  /** The layout's version, part of every key too: change it when the layout changes. */
  static final int FORMAT = 4;

  private static final long MAGIC = 0x444154454C494E45L; // "DATELINE"
  /**
   * Records are packed into arrays of this size, large enough for the JVM to allocate them once,
   * outside the young generation, instead of copying them from one garbage collection to the next.
   */
  private static final int CHUNK = 8 << 20;

  /** A record as loaded, decoded on first use. */
  record Packed(String key, String source, String stamp, byte[] bytes, int offset, int length)
      implements StoryCache.Stored {
    @Override
    public StoryCache.Entry entry() {
      try {
        CacheInput in = new CacheInput(bytes, offset, length);
        StoryCache.Entry entry = StoryCodec.read(in, key, source, stamp);
        return in.remaining() == 0 ? entry : null;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  private final Path dir;
  private final String version;

  /** The pack file in {@code dir} of the code whose version is {@code version}. */
  StoryCacheFile(Path dir, String version) {
    this.dir = Objects.requireNonNull(dir, "dir must not be null");
    this.version = Objects.requireNonNull(version, "version must not be null");
  }

  Path path() {
    return dir.resolve(NAME);
  }

  /** The entries saved by an earlier build of the same code, by file; empty when there is none. */
  Map<String, Packed> load() {
    Path file = path();
    try {
      return Files.isRegularFile(file) ? CacheFiles.read(file, this::read) : Map.of();
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  private Map<String, Packed> read(CacheInput in) throws IOException {
    if (in.readLong() != MAGIC || in.readInt() != FORMAT || !version.equals(StoryCodec.readString(in))) {
      throw new IOException("not this format or not this code's cache");
    }
    int count = in.readInt();
    if (count < 0 || count > in.remaining()) {
      throw new IOException("bad entry count " + count);
    }
    Map<String, Packed> entries = new HashMap<>(count * 2);
    byte[] chunk = new byte[0];
    int used = 0;
    for (int i = 0; i < count; i++) {
      String file = Objects.requireNonNull(StoryCodec.readString(in), "file");
      String key = Objects.requireNonNull(StoryCodec.readString(in), "key");
      String source = StoryCodec.readString(in);
      String stamp = StoryCodec.readString(in);
      int size = in.readInt();
      if (size < 0 || size > in.remaining()) {
        throw new IOException("record of " + size + " bytes in " + in.remaining());
      }
      if (size > chunk.length - used) {
        chunk = new byte[(int) Math.max(size, Math.min(CHUNK, in.remaining()))];
        used = 0;
      }
      in.readFully(chunk, used, size);
      entries.put(file, new Packed(key, source, stamp, chunk, used, size));
      used += size;
    }
    return entries;
  }

  /**
   * Replaces the pack with {@code entries} (by file, written in file order), atomically where the
   * file system can.
   */
  void save(Map<String, ? extends StoryCache.Stored> entries) throws IOException {
    CacheFiles.write(path(), out -> {
      out.writeLong(MAGIC);
      out.writeInt(FORMAT);
      StoryCodec.writeString(out, version);
      out.writeInt(entries.size());
      ByteArrayOutputStream record = new ByteArrayOutputStream();
      DataOutputStream recordOut = new DataOutputStream(record);
      for (Map.Entry<String, ? extends StoryCache.Stored> entry : new TreeMap<>(entries).entrySet()) {
        StoryCodec.writeString(out, entry.getKey());
        StoryCodec.writeString(out, entry.getValue().key());
        StoryCodec.writeString(out, entry.getValue().source());
        StoryCodec.writeString(out, entry.getValue().stamp());
        if (entry.getValue() instanceof Packed packed) {
          out.writeInt(packed.length());
          out.write(packed.bytes(), packed.offset(), packed.length());
        } else {
          record.reset();
          StoryCodec.write(recordOut, entry.getValue().entry());
          out.writeInt(record.size());
          record.writeTo(out);
        }
      }
    });
  }
}
