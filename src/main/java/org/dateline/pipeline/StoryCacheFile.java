package org.dateline.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The build cache on disk: a pack file, {@code stories.bin} in the cache folder, and the changes
 * since it was written, {@code stories-recent.bin}. The pack's layout: the magic bytes {@code
 * DATELINE}, the {@link #FORMAT} number, the code version (see {@link CodeVersion}), the pack's
 * own random id, the number of entries, then per entry its file's display path, its key, its
 * source digest and stamp (see {@link StoryCache.Stored}), and the length and bytes of its {@link
 * StoryCodec} record; last, the CRC-32 of everything before it ({@link CacheFiles}). The changes
 * file starts {@code DATELINC}, then the format, the code version and the id of the pack it
 * amends, and lists every file of the cache in order, each as "the pack's entry" or with an
 * entry of its own. A file that is missing, damaged, truncated, or written by another format or
 * other code loads as empty (a changes file that does not amend this very pack, as nothing): the
 * build then reads those stories again, never fails.
 *
 * <p>Loading reads the files in one pass each and keeps each record packed, in a few large
 * arrays: a record is decoded only when its story is asked for, on the build's worker threads.
 * Saving writes only the changes file while the changes are few (after an edit to one story of
 * 10,000, under a megabyte, mostly the list of files, instead of a 50 MB pack), and a new pack
 * once they are not.
 */
final class StoryCacheFile {
  /** The name of the pack file in the cache folder. */
  static final String NAME = "stories.bin";
  /** The name of the file of changes since the pack was written. */
  static final String CHANGES = "stories-recent.bin";
  /** The layout's version, part of every key too: change it when the layout changes. */
  static final int FORMAT = 6;

  private static final CacheHeader HEADER = new CacheHeader(0x444154454C494E45L, FORMAT); // "DATELINE"
  private static final CacheHeader CHANGES_HEADER = new CacheHeader(0x444154454C494E43L, FORMAT); // "DATELINC"
  /**
   * Records are packed into arrays of up to this size: one array for a cache of 10,000 stories.
   * Against arrays of 8 MB, a build after one edit of 10,000 stories peaked 30 MB lower and was
   * faster in 10 of 12 alternating pairs (the collector copies one array where it copied six).
   */
  private static final int CHUNK = 64 << 20;

  /**
   * A record as loaded, decoded on each use; {@code pack} is the id of the pack that holds it, 0
   * when it is in the changes file. The records of one load share their short {@code strings}.
   */
  record Packed(
      String key, String source, String stamp, byte[] bytes, int offset, int length, long pack, Utf8Strings strings)
      implements StoryCache.Stored {
    @Override
    public StoryCache.Entry entry() {
      try {
        CacheInput in = new CacheInput(bytes, offset, length, strings);
        StoryCache.Entry entry = StoryCodec.read(in, key, source, stamp);
        return in.remaining() == 0 ? entry : null;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    @Override
    public StoryCache.Head head() {
      try {
        return StoryCodec.readHead(new CacheInput(bytes, offset, length, strings));
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
    Utf8Strings strings = new Utf8Strings();
    Pack pack;
    try {
      pack = Files.isRegularFile(path()) ? CacheFiles.read(path(), in -> readPack(in, strings)) : null;
    } catch (IOException | RuntimeException e) {
      pack = null;
    }
    if (pack == null) {
      return Map.of();
    }
    Path changes = dir.resolve(CHANGES);
    try {
      return Files.isRegularFile(changes) ? CacheFiles.read(changes, readChanges(pack, strings)) : pack.entries();
    } catch (IOException | RuntimeException e) {
      return pack.entries(); // the entries it changed have other keys now: their stories are read again
    }
  }

  /** A pack as loaded: its id and entries. */
  private record Pack(long id, Map<String, Packed> entries) {}

  /** The id and number of entries of the pack on disk, or null when there is none of this code. */
  private record PackHeader(long id, int count) {}

  private PackHeader packOnDisk() {
    try (InputStream raw = Files.newInputStream(path())) {
      CacheInput in = new CacheInput(raw, Files.size(path()));
      return new PackHeader(readHeader(in, HEADER), in.readCount());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The id after {@code header}, of this code. */
  private long readHeader(CacheInput in, CacheHeader header) throws IOException {
    header.read(in, version);
    return in.readLong();
  }

  private void writeHeader(DataOutputStream out, CacheHeader header, long id) throws IOException {
    header.write(out, version);
    out.writeLong(id);
  }

  private Pack readPack(CacheInput in, Utf8Strings strings) throws IOException {
    long id = readHeader(in, HEADER);
    Map<String, Packed> entries = new HashMap<>();
    new RecordReader(in, strings).read(in.readCount(), id, entries, null);
    return new Pack(id, entries);
  }

  private CacheFiles.Reader<Map<String, Packed>> readChanges(Pack pack, Utf8Strings strings) {
    return in -> {
      if (readHeader(in, CHANGES_HEADER) != pack.id()) {
        throw new IOException("changes to another pack");
      }
      Map<String, Packed> entries = new HashMap<>();
      new RecordReader(in, strings).read(in.readCount(), 0, entries, pack.entries());
      return entries;
    };
  }

  /** Reads entries, their records into arrays of {@link #CHUNK} bytes. */
  private static final class RecordReader {
    private final CacheInput in;
    private final Utf8Strings strings;
    private byte[] chunk = new byte[0];
    private int used;

    RecordReader(CacheInput in, Utf8Strings strings) {
      this.in = in;
      this.strings = strings;
    }

    /**
     * Reads {@code count} entries of the pack {@code id} into {@code entries}; given the {@code
     * pack}'s entries, those of a changes file, each marked the pack's own or with a record.
     */
    void read(int count, long id, Map<String, Packed> entries, Map<String, Packed> pack) throws IOException {
      for (int i = 0; i < count; i++) {
        String file = Objects.requireNonNull(StoryCodec.readString(in), "file");
        if (pack != null && !in.readBoolean()) {
          entries.put(file, Objects.requireNonNull(pack.get(file), "the pack's entry"));
          continue;
        }
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
        entries.put(file, new Packed(key, source, stamp, chunk, used, size, id, strings));
        used += size;
      }
    }
  }

  /**
   * Saves {@code entries} as the cache's content: as changes to the pack on disk while nearly all
   * of them are its own, else as a new pack (and no changes; see {@link CachePacks}). Each file is replaced atomically
   * where the file system can, and changes name the pack they amend, so that a build killed
   * between the two files leaves a cache that loads as one of them describes.
   */
  void save(Map<String, ? extends StoryCache.Stored> entries) throws IOException {
    Map<String, StoryCache.Stored> sorted = new TreeMap<>(entries);
    PackHeader pack = packOnDisk();
    int own = 0;
    for (StoryCache.Stored stored : sorted.values()) {
      if (pack != null && isIn(stored, pack)) {
        own++;
      }
    }
    Path changes = dir.resolve(CHANGES);
    boolean newPack = pack == null || CachePacks.needsNewPack(sorted.size(), own, pack.count());
    if (!newPack && own == sorted.size() && own == pack.count()) {
      Files.deleteIfExists(changes); // the pack alone holds these very entries
      return;
    }
    long id = newPack ? CachePacks.newId() : pack.id();
    CacheFiles.write(newPack ? path() : changes, out -> {
      writeHeader(out, newPack ? HEADER : CHANGES_HEADER, id);
      out.writeInt(sorted.size());
      RecordWriter records = new RecordWriter(out);
      for (Map.Entry<String, StoryCache.Stored> entry : sorted.entrySet()) {
        StoryCodec.writeString(out, entry.getKey());
        // in a changes file, each entry is marked as the pack's own or followed by its record
        boolean itsOwn = newPack || !isIn(entry.getValue(), pack);
        if (!newPack) {
          out.writeBoolean(itsOwn);
        }
        if (itsOwn) {
          records.write(entry.getValue());
        }
      }
    });
    if (newPack) {
      Files.deleteIfExists(changes);
    }
  }

  private static boolean isIn(StoryCache.Stored stored, PackHeader pack) {
    return stored instanceof Packed packed && packed.pack() == pack.id();
  }

  /** Writes an entry's key, source, stamp and record. */
  private static final class RecordWriter {
    private final DataOutputStream out;
    private final ByteArrayOutputStream record = new ByteArrayOutputStream();
    private final DataOutputStream recordOut = new DataOutputStream(record);

    RecordWriter(DataOutputStream out) {
      this.out = out;
    }

    void write(StoryCache.Stored stored) throws IOException {
      StoryCodec.writeString(out, stored.key());
      StoryCodec.writeString(out, stored.source());
      StoryCodec.writeString(out, stored.stamp());
      if (stored instanceof Packed packed) {
        out.writeInt(packed.length());
        out.write(packed.bytes(), packed.offset(), packed.length());
      } else {
        record.reset();
        StoryCodec.write(recordOut, stored.entry());
        out.writeInt(record.size());
        record.writeTo(out);
      }
    }
  }
}
