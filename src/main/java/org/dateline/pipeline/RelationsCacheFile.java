package org.dateline.pipeline;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dateline.archive.RelationsCache;
import org.dateline.model.Relations;

/**
 * The archive's relations as the last build made them, with the key of their input: {@code
 * relations.bin} in the cache folder. Layout: the magic bytes {@code DLRELATE}, the {@link
 * #FORMAT} number, the code version (see {@link CodeVersion}), the key, then the related
 * articles, co-mentioned people and co-mentioned countries, each as a number of entries and per
 * entry its key and its list; last, the CRC-32 of everything before it ({@link CacheFiles}). A
 * file that is missing, damaged, or of another format or other code loads as nothing.
 */
final class RelationsCacheFile implements RelationsCache {
  static final String NAME = "relations.bin";
  static final int FORMAT = 1;

  private static final CacheHeader HEADER = new CacheHeader(0x444C52454C415445L, FORMAT); // "DLRELATE"

  /** What the file holds: relations and the key of their input. */
  private record Saved(String key, Relations relations) {}

  private final Path file;
  private final String version;
  private final String loadedKey;
  private final Relations loaded;
  private String madeKey;
  private String givenKey;
  private Relations made;

  private RelationsCacheFile(Path file, String version, String loadedKey, Relations loaded) {
    this.file = file;
    this.version = version;
    this.loadedKey = loadedKey;
    this.loaded = loaded;
  }

  /** The cache in {@code dir} of the code whose version is {@code version}, with what it holds. */
  static RelationsCacheFile load(Path dir, String version) {
    Path file = dir.resolve(NAME);
    try {
      if (Files.isRegularFile(file)) {
        Saved saved = CacheFiles.read(file, in -> read(in, version));
        return new RelationsCacheFile(file, version, saved.key(), saved.relations());
      }
    } catch (IOException | RuntimeException e) {
      // as if there were none: the relations are made again
    }
    return new RelationsCacheFile(file, version, null, null);
  }

  Path path() {
    return file;
  }

  @Override
  public synchronized Relations get(String key, Supplier<Relations> make) {
    givenKey = key;
    if (key.equals(loadedKey)) {
      return loaded;
    }
    made = make.get();
    madeKey = key;
    return made;
  }

  /**
   * The relations of input key {@code key} that the cache held when it was loaded, or null: for a
   * build that knows the key its archive's relations were made with (see {@link ArchiveCacheFile}).
   */
  synchronized Relations loaded(String key) {
    return key.equals(loadedKey) ? loaded : null;
  }

  /** The input key of the relations the last {@link #get} gave, or null before any. */
  synchronized String givenKey() {
    return givenKey;
  }

  /** Writes the relations this build made, if it made any. */
  synchronized void save() throws IOException {
    if (made == null) {
      return;
    }
    CacheFiles.write(file, out -> {
      HEADER.write(out, version);
      StoryCodec.writeString(out, madeKey);
      write(out, made.relatedArticles());
      write(out, made.coMentionedPeople());
      write(out, made.coMentionedCountries());
    });
  }

  private static Saved read(CacheInput in, String version) throws IOException {
    HEADER.read(in, version);
    String key = Objects.requireNonNull(StoryCodec.readString(in), "key");
    Map<String, String> strings = new HashMap<>(); // each id once in memory, however many lists name it
    return new Saved(key, new Relations(read(in, strings), read(in, strings), read(in, strings)));
  }

  private static void write(DataOutputStream out, Map<String, List<String>> lists) throws IOException {
    out.writeInt(lists.size());
    for (Map.Entry<String, List<String>> entry : new TreeMap<>(lists).entrySet()) {
      StoryCodec.writeString(out, entry.getKey());
      out.writeInt(entry.getValue().size());
      for (String value : entry.getValue()) {
        StoryCodec.writeString(out, value);
      }
    }
  }

  private static Map<String, List<String>> read(CacheInput in, Map<String, String> strings) throws IOException {
    int count = in.readCount();
    Map<String, List<String>> lists = new HashMap<>(2 * count);
    for (int i = 0; i < count; i++) {
      String key = string(in, strings);
      int size = in.readCount();
      List<String> values = new ArrayList<>(size);
      for (int k = 0; k < size; k++) {
        values.add(string(in, strings));
      }
      lists.put(key, List.copyOf(values));
    }
    return lists;
  }

  private static String string(CacheInput in, Map<String, String> strings) throws IOException {
    String s = Objects.requireNonNull(StoryCodec.readString(in), "string");
    return strings.computeIfAbsent(s, k -> k);
  }

  /** A number of items, each at least four bytes, so no more than the bytes left allow. */}
