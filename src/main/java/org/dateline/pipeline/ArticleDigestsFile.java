package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The digest of each article that the last build's page keys were made of, by the article's
 * file: {@code article-digests.bin} in the cache folder, for a build after body edits to take
 * instead of hashing every unchanged article again (see {@code BodyEdits}). It names the stories'
 * cache entries of the build that wrote it (see {@link ReadStage.Changes#after}), so that only a
 * build that finds the same entries recorded as the last build's takes it. Layout: the magic bytes
 * {@code DLDIGEST}, the {@link #FORMAT} number, those entries' digest, the number of articles,
 * then per article its file and its digest as two longs; last, the CRC-32 of everything before it
 * ({@link CacheFiles}). A file that is missing, damaged, of another format or of other entries
 * loads as nothing.
 */
final class ArticleDigestsFile {
  static final String NAME = "article-digests.bin";
  static final int FORMAT = 1;

  private static final long MAGIC = 0x444C444947455354L; // "DLDIGEST"

  private ArticleDigestsFile() {}

  /** The digests in {@code dir} written by the build whose stories' entries were {@code entries}. */
  static Optional<Map<String, long[]>> load(Path dir, String entries) {
    Path file = dir.resolve(NAME);
    try {
      return Files.isRegularFile(file) ? Optional.of(CacheFiles.read(file, in -> read(in, entries))) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes {@code digests}, of the build whose stories' entries are {@code entries}, to {@code dir}. */
  static void save(Path dir, String entries, Map<String, long[]> digests) throws IOException {
    CacheFiles.write(dir.resolve(NAME), out -> {
      out.writeLong(MAGIC);
      out.writeInt(FORMAT);
      StoryCodec.writeString(out, entries);
      out.writeInt(digests.size());
      for (Map.Entry<String, long[]> digest : new TreeMap<>(digests).entrySet()) {
        StoryCodec.writeString(out, digest.getKey());
        out.writeLong(digest.getValue()[0]);
        out.writeLong(digest.getValue()[1]);
      }
    });
  }

  private static Map<String, long[]> read(CacheInput in, String entries) throws IOException {
    if (in.readLong() != MAGIC || in.readInt() != FORMAT || !entries.equals(StoryCodec.readString(in))) {
      throw new IOException("not this format or not the last build's digests");
    }
    int count = in.readInt();
    if (count < 0 || count > in.remaining() / 16) {
      throw new IOException("bad count " + count);
    }
    Map<String, long[]> digests = new HashMap<>(2 * count);
    for (int i = 0; i < count; i++) {
      String file = Objects.requireNonNull(StoryCodec.readString(in), "file");
      digests.put(file, new long[] {in.readLong(), in.readLong()});
    }
    return digests;
  }
}
