package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.diag.Diagnostic;

/**
 * What the last successful build of a project saw and said, kept in the cache folder as {@value
 * #NAME}: the fingerprint of its inputs ({@link InputFingerprint}), the digest of the site it left
 * (its manifest), and its counts and problems. A build whose inputs have the same fingerprint,
 * into an output folder still as that build left it, would make the very same site: it only says
 * again what the last one said. A file that is missing, damaged or of another format reads as
 * no last build.
 *
 * <p>It also keeps the digest of everything but the stories that the pages depend on ({@code
 * settings}) and of the stories' cache entries ({@code entries}, see {@link ReadStage.Changes}): a
 * build with the same settings, whose cache held the same entries when it started, knows which
 * stories changed since, and whether in their bodies alone. Then it may take that build's archive,
 * but for the bodies, from the {@link ArchiveCacheFile} of id {@code archive} (null when there is
 * none).
 */
record LastBuild(
    String inputs,
    String site,
    String settings,
    String entries,
    String archive,
    int stories,
    int people,
    int countries,
    int files,
    List<Diagnostic> problems) {
  /** The name of the file in the cache folder. */
  static final String NAME = "last-build.bin";

  private static final CacheHeader HEADER = new CacheHeader(0x444C4C4153544255L, 3); // "DLLASTBU"

  LastBuild {
    Objects.requireNonNull(inputs, "inputs must not be null");
    Objects.requireNonNull(site, "site must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(entries, "entries must not be null");
    problems = List.copyOf(problems);
  }

  /** The last build recorded in {@code cacheDir}, if there is a readable one. */
  static Optional<LastBuild> load(Path cacheDir) {
    Path file = cacheDir.resolve(NAME);
    try {
      return Files.isRegularFile(file) ? Optional.of(CacheFiles.read(file, LastBuild::read)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static LastBuild read(CacheInput in) throws IOException {
    HEADER.read(in);
    return new LastBuild(
        StoryCodec.readString(in),
        StoryCodec.readString(in),
        StoryCodec.readString(in),
        StoryCodec.readString(in),
        StoryCodec.readString(in),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        StoryCodec.readDiagnostics(in));
  }

  /** Records this build in {@code cacheDir}, atomically where the file system can. */
  void save(Path cacheDir) throws IOException {
    CacheFiles.write(
        cacheDir.resolve(NAME),
        out -> {
          HEADER.write(out);
          StoryCodec.writeString(out, inputs);
          StoryCodec.writeString(out, site);
          StoryCodec.writeString(out, settings);
          StoryCodec.writeString(out, entries);
          StoryCodec.writeString(out, archive);
          out.writeInt(stories);
          out.writeInt(people);
          out.writeInt(countries);
          out.writeInt(files);
          StoryCodec.writeDiagnostics(out, problems);
        });
  }

  /** Forgets the last build recorded in {@code cacheDir}. */
  static void forget(Path cacheDir) throws IOException {
    Files.deleteIfExists(cacheDir.resolve(NAME));
  }

  /**
   * What a build that finds everything as this one left it reports: every story as good as taken
   * from the cache, every file kept.
   */
  BuildReport report(long millis) {
    return new BuildReport(
        stories, stories, people, countries, 0, files, files, true, problems, millis, BuildReport.Timings.NONE);
  }
}
