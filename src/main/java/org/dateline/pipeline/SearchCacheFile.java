package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.render.search.ChunkTerms;
import org.dateline.render.search.NumberBytes;
import org.dateline.render.search.SearchCache;

/**
 * The search index's part of the build cache: the terms of each chunk of stories of the last
 * build, by the chunk's key (which covers the code, so a cache of other code is never used), in a
 * pack, {@code search.bin} in the cache folder, and the changes since it was written, {@code
 * search-recent.bin}. The pack's layout: the magic bytes {@code DLSEARCH}, the {@link #FORMAT}
 * number, the pack's random id, the number of entries, then per entry its key and the length and
 * bytes of its record (variable-length numbers); last, the CRC-32 of everything before it ({@link
 * CacheFiles}). The changes file starts {@code DLSEARCC}, the format and the id of the pack it
 * amends, then lists every entry, each as "the pack's" or with its record. A file that is missing,
 * damaged or of another format loads as empty (changes to another pack as none). Records are kept
 * packed, decoded on first use; saving keeps only the entries this build used, writes nothing
 * when they are those loaded, and writes only the changes file while nearly all are the pack's
 * (see {@link CachePacks}).
 */
final class SearchCacheFile implements SearchCache {
  static final String NAME = "search.bin";
  static final String CHANGES = "search-recent.bin";
  static final int FORMAT = 3;

  private static final CacheHeader HEADER = new CacheHeader(0x444C534541524348L, FORMAT); // "DLSEARCH"
  private static final CacheHeader CHANGES_HEADER = new CacheHeader(0x444C534541524343L, FORMAT); // "DLSEARCC"

  private final Path dir;
  /** The pack on disk as loaded: its id (0 when there is none) and entries. */
  private final long packId;
  private final Map<String, byte[]> pack;
  private final Map<String, byte[]> loaded;
  private final Map<String, byte[]> used = new ConcurrentHashMap<>();

  private SearchCacheFile(Path dir, long packId, Map<String, byte[]> pack, Map<String, byte[]> loaded) {
    this.dir = dir;
    this.packId = packId;
    this.pack = pack;
    this.loaded = loaded;
  }

  /** The cache in {@code dir}, with what the last build saved there (nothing if unreadable). */
  static SearchCacheFile load(Path dir) {
    Path file = dir.resolve(NAME);
    Pack pack;
    try {
      pack = Files.isRegularFile(file) ? CacheFiles.read(file, SearchCacheFile::readPack) : null;
    } catch (IOException | RuntimeException e) {
      pack = null;
    }
    if (pack == null) {
      return new SearchCacheFile(dir, 0, Map.of(), Map.of());
    }
    Path changes = dir.resolve(CHANGES);
    Map<String, byte[]> loaded;
    try {
      loaded = Files.isRegularFile(changes) ? CacheFiles.read(changes, readChanges(pack)) : pack.entries();
    } catch (IOException | RuntimeException e) {
      loaded = pack.entries(); // the chunks it changed have other keys now: they are read again
    }
    return new SearchCacheFile(dir, pack.id(), pack.entries(), loaded);
  }

  /** A pack as loaded: its id and entries. */
  private record Pack(long id, Map<String, byte[]> entries) {}

  @Override
  public ChunkTerms get(String key) {
    byte[] record = loaded.get(key);
    ChunkTerms terms = record == null ? null : decode(record);
    if (terms != null) {
      used.put(key, record);
    }
    return terms;
  }

  @Override
  public ChunkTerms peek(String key) {
    byte[] record = loaded.get(key);
    return record == null ? null : decode(record);
  }

  @Override
  public void put(String key, ChunkTerms terms) {
    used.put(key, encode(terms));
  }

  /**
   * Writes the entries this build used, unless they are just those loaded: as changes to the pack
   * on disk while nearly all are the pack's own, else as a new pack.
   */
  void save() throws IOException {
    if (used.keySet().equals(loaded.keySet())) {
      return;
    }
    Map<String, byte[]> sorted = new TreeMap<>(used);
    int own = (int) sorted.entrySet().stream().filter(e -> isThePacks(e.getKey(), e.getValue())).count();
    Path changes = dir.resolve(CHANGES);
    boolean newPack = packId == 0 || CachePacks.needsNewPack(sorted.size(), own, pack.size());
    long id = newPack ? CachePacks.newId() : packId;
    CacheFiles.write(newPack ? dir.resolve(NAME) : changes, out -> {
      (newPack ? HEADER : CHANGES_HEADER).write(out);
      out.writeLong(id);
      out.writeInt(sorted.size());
      for (Map.Entry<String, byte[]> entry : sorted.entrySet()) {
        StoryCodec.writeString(out, entry.getKey());
        // in a changes file, each entry is marked as the pack's own or followed by its record
        boolean itsOwn = newPack || !isThePacks(entry.getKey(), entry.getValue());
        if (!newPack) {
          out.writeBoolean(itsOwn);
        }
        if (itsOwn) {
          out.writeInt(entry.getValue().length);
          out.write(entry.getValue());
        }
      }
    });
    if (newPack) {
      Files.deleteIfExists(changes);
    }
  }

  /** Whether {@code record} is the pack's own entry for {@code key}, as loaded. */
  private boolean isThePacks(String key, byte[] record) {
    return pack.get(key) == record;
  }

  private static Pack readPack(CacheInput in) throws IOException {
    HEADER.read(in);
    long id = in.readLong();
    int count = in.readCount();
    Map<String, byte[]> entries = new ConcurrentHashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      String key = Objects.requireNonNull(StoryCodec.readString(in), "key");
      entries.put(key, in.readBytes(in.readInt()));
    }
    return new Pack(id, entries);
  }

  private static CacheFiles.Reader<Map<String, byte[]>> readChanges(Pack pack) {
    return in -> {
      CHANGES_HEADER.read(in);
      if (in.readLong() != pack.id()) {
        throw new IOException("not changes to this pack");
      }
      int count = in.readCount();
      Map<String, byte[]> entries = new ConcurrentHashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String key = Objects.requireNonNull(StoryCodec.readString(in), "key");
        byte[] record = in.readBoolean() ? in.readBytes(in.readInt()) : pack.entries().get(key);
        entries.put(key, Objects.requireNonNull(record, "the pack's entry"));
      }
      return entries;
    };
  }

  static byte[] encode(ChunkTerms terms) {
    NumberBytes out = new NumberBytes(1024);
    out.number(terms.lengths().length);
    for (int length : terms.lengths()) {
      out.number(length);
    }
    out.number(terms.blocks());
    out.number(terms.size());
    for (int t = 0; t < terms.size(); t++) {
      byte[] term = terms.term(t).getBytes(StandardCharsets.UTF_8);
      out.number(term.length);
      out.bytes(term, 0, term.length);
      // the postings as they are encoded: see ChunkTerms
      out.number(terms.count(t));
      out.number(terms.to(t) - terms.from(t));
      out.bytes(terms.postings(), terms.from(t), terms.to(t) - terms.from(t));
    }
    return out.toByteArray();
  }

  /**
   * The terms of a record, or null when it is damaged. Neither the terms nor the postings are
   * decoded: the terms keep the record and where in it each term and its postings are.
   */
  static ChunkTerms decode(byte[] record) {
    try {
      Numbers in = new Numbers(record);
      int[] lengths = new int[in.count()];
      for (int i = 0; i < lengths.length; i++) {
        lengths[i] = in.number();
      }
      int blocks = in.number();
      int termCount = in.count();
      int[] termFrom = new int[termCount];
      int[] termTo = new int[termCount];
      int[] counts = new int[termCount];
      int[] from = new int[termCount];
      int[] to = new int[termCount];
      for (int t = 0; t < termCount; t++) {
        int length = in.count();
        termFrom[t] = in.pos;
        termTo[t] = in.skip(length);
        counts[t] = in.number();
        int size = in.count();
        from[t] = in.pos;
        to[t] = in.skip(size);
      }
      return in.pos == record.length
          ? ChunkTerms.encoded(lengths, blocks, record, termFrom, termTo, counts, from, to)
          : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The numbers of a record, 7 bits a byte, read straight from its array: a build reads every
   * chunk's record, a few hundred thousand numbers at 10,000 stories.
   */
  private static final class Numbers {
    private final byte[] bytes;
    int pos;

    Numbers(byte[] bytes) {
      this.bytes = bytes;
    }

    int number() throws IOException {
      int value = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        if (pos >= bytes.length) {
          throw new IOException("the record ends early");
        }
        int b = bytes[pos++];
        value |= (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IOException("number too long");
    }

    /** A number of items, each at least a byte, so no more than the bytes left. */
    int count() throws IOException {
      int n = number();
      if (n < 0 || n > bytes.length - pos) {
        throw new IOException("bad count " + n);
      }
      return n;
    }

    /** Skips {@code length} bytes (no more than are left), giving where it stops. */
    int skip(int length) {
      pos += length;
      return pos;
    }
  }

  /** The keys of the entries this build used (for tests). */
  Set<String> usedKeys() {
    return Set.copyOf(used.keySet());
  }
}
