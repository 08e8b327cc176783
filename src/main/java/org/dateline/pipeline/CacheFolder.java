package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dateline.diag.Diagnostic;
import org.dateline.diag.DisplayPath;
import org.dateline.model.Archive;
import org.dateline.model.SourcePos;
import org.dateline.read.SourceScanner;

/**
 * What one build keeps in its cache folder ({@link BuildOptions#cacheDir}) and takes from it: the
 * record of the last build, the build cache of stories, the related stories, the assembled
 * archive and the search index's words. The larger files are loaded and saved on threads of their
 * own ({@link SideThreads}); a file that cannot be written is a warning naming it and what the
 * next build then does, never a failed build. Without a cache folder nothing is kept.
 *
 * <pre>{@code
 * CacheFolder caches = new CacheFolder(options.cacheDir(), options.root(), null);
 * CacheFolder.Stories stored = caches.loadStoriesAside();
 * StoryCache stories = caches.stories(stored);
 * }</pre>
 */
final class CacheFolder {
  private final Path folder;
  private final Path root;
  private final StoryCache given;

  /**
   * @param folder the cache folder, or null for none
   * @param root the project root, which the warnings' paths are shown from
   * @param given the stories cache to use rather than a new one (filled from the folder when it is
   *     still empty), or null
   */
  CacheFolder(Path folder, Path root, StoryCache given) {
    this.folder = folder;
    this.root = root;
    this.given = given;
  }

  /** The version of the code that the files are kept for: none without a cache folder. */
  Optional<String> version() {
    return folder == null ? Optional.empty() : CodeVersion.current();
  }

  /**
   * The file system's clock (see {@link InputFingerprint#clock}); null without a cache folder to
   * read it in, or when it cannot be read.
   */
  FileTime clock() {
    try {
      return folder == null ? null : InputFingerprint.clock(folder);
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /** The record of the last successful build, if there is one. */
  Optional<LastBuild> lastBuild() {
    return folder == null ? Optional.empty() : LastBuild.load(folder);
  }

  /**
   * Records {@code build} as the last one, or forgets the last when null. A record that cannot be
   * written only costs the next build its shortcuts.
   */
  void remember(LastBuild build) {
    if (folder == null) {
      return;
    }
    try {
      if (build != null) {
        build.save(folder);
      } else {
        LastBuild.forget(folder);
      }
    } catch (IOException | UncheckedIOException e) {
      // the next build does all the work again
    }
  }

  /**
   * The build cache's file (null without a cache folder or a known code version) and what it
   * holds, being loaded: nothing when there is no file or the given cache already holds entries.
   */
  record Stories(StoryCacheFile file, CompletableFuture<Map<String, StoryCacheFile.Packed>> entries) {}

  /** Starts loading the build cache on a thread of its own, unless this build has no use for it. */
  Stories loadStoriesAside() {
    StoryCacheFile file = version().map(version -> new StoryCacheFile(folder, version)).orElse(null);
    return new Stories(
        file,
        file == null || (given != null && !given.isEmpty())
            ? CompletableFuture.completedFuture(Map.of())
            // a thread of its own: the common pool's threads stamp the inputs meanwhile
            : SideThreads.start("dateline-cache-load", file::load));
  }

  /**
   * The stories cache of this build: the one given (filled from {@code stored} when it is still
   * empty), else one filled from {@code stored}, else none.
   */
  StoryCache stories(Stories stored) throws IOException {
    StoryCache stories = given != null ? given : stored.file() != null ? new StoryCache() : null;
    if (stored.file() != null && stories.isEmpty()) {
      stories.putAll(SideThreads.await(stored.entries()));
    }
    return stories;
  }

  /**
   * Saves {@code stories} to the build cache's file on a thread of its own, when this build read
   * stories into it ({@code fresh}) or it held the entries of files that are neither among {@code
   * files} nor on disk any more (a build of some folders keeps the others' entries), which are
   * dropped; the future gives the warning that it could not be written, if it could not.
   */
  CompletableFuture<List<Diagnostic>> saveStoriesAside(
      Stories stored, StoryCache stories, List<SourceScanner.SourceFile> files, int fresh) {
    StoryCacheFile file = stored.file();
    if (file == null) {
      return CompletableFuture.completedFuture(List.of());
    }
    return SideThreads.start(
        "dateline-cache-save",
        () -> {
          List<Diagnostic> warnings = new ArrayList<>();
          if (dropGone(stories, files) || fresh > 0) {
            saveOrWarn(
                file.path(), () -> file.save(stories.snapshot()), "the build cache", "reads every story again", warnings);
          }
          return warnings;
        });
  }

  /** Drops the entries of files that are neither among {@code files} nor on disk; true when there were any. */
  private boolean dropGone(StoryCache stories, List<SourceScanner.SourceFile> files) {
    Set<String> built = new HashSet<>();
    files.forEach(f -> built.add(f.displayPath()));
    Path project = root.toAbsolutePath().normalize();
    return stories.removeIf(file -> !built.contains(file) && !Files.isRegularFile(project.resolve(file)));
  }

  /** The relations' cache, loaded; null without a cache folder or a known code version. */
  RelationsCacheFile relations() {
    return version().map(version -> RelationsCacheFile.load(folder, version)).orElse(null);
  }

  /** Saves the relations' cache; one that cannot be written is a warning in {@code problems}. */
  void saveRelations(RelationsCacheFile relations, List<Diagnostic> problems) {
    saveOrWarn(relations.path(), relations::save, "the relations' cache", "finds related stories again", problems);
  }

  /** The search index's cache, loaded on a thread of its own; null without a cache folder. */
  CompletableFuture<SearchCacheFile> loadSearchAside() {
    return folder == null
        ? CompletableFuture.completedFuture(null)
        : SideThreads.start("dateline-search-cache-load", () -> SearchCacheFile.load(folder));
  }

  /** Saves the search index's cache; one that cannot be written is a warning in {@code problems}. */
  void saveSearch(SearchCacheFile search, List<Diagnostic> problems) {
    saveOrWarn(folder.resolve(SearchCacheFile.NAME), search::save, "the search index's cache", "reads every story's words again", problems);
  }

  /** The archive saved with id {@code id}, if the folder holds it for the running code. */
  Optional<ArchiveCacheFile.Saved> archive(String id) {
    Optional<String> version = version();
    return version.isEmpty() ? Optional.empty() : ArchiveCacheFile.load(folder, version.get(), id);
  }

  /**
   * Saves {@code archive} (its relations made from input key {@code relationsKey}) and the {@code
   * warnings} its making gave as the folder's {@link ArchiveCacheFile}, on a thread of its own,
   * while the site is rendered; the future gives its id (null without a relations' key, and so
   * without a cache folder or a known code version) or the failure to write it.
   */
  CompletableFuture<String> saveArchiveAside(Archive archive, String relationsKey, List<Diagnostic> warnings) {
    Optional<String> version = version();
    if (version.isEmpty() || relationsKey == null) {
      return CompletableFuture.completedFuture(null);
    }
    return SideThreads.start(
        "dateline-archive-save", () -> ArchiveCacheFile.save(folder, version.get(), archive, relationsKey, warnings));
  }

  /**
   * The id of the archive file a build's archive is in, once {@code saved}; null, with a warning
   * in {@code problems}, when it could not be written.
   */
  String savedArchive(CompletableFuture<String> saved, List<Diagnostic> problems) {
    try {
      return SideThreads.await(saved);
    } catch (IOException | UncheckedIOException e) {
      problems.add(
          warning(folder.resolve(ArchiveCacheFile.NAME), e, "the archive's cache", "assembles the archive again after an edit"));
      return null;
    }
  }

  /** Writes a cache file. */
  @FunctionalInterface
  private interface Save {
    void save() throws IOException;
  }

  /**
   * Saves a cache file; one that cannot be written is a warning naming {@code file}, {@code what}
   * it is and what {@code theNextBuild} then does.
   */
  private void saveOrWarn(Path file, Save save, String what, String theNextBuild, List<Diagnostic> problems) {
    try {
      save.save();
    } catch (IOException | UncheckedIOException e) {
      problems.add(warning(file, e, what, theNextBuild));
    }
  }

  private Diagnostic warning(Path file, Exception e, String what, String theNextBuild) {
    return Diagnostic.warning(
        SourcePos.startOf(DisplayPath.of(root, file)),
        "cache",
        "cannot write " + what + " (" + e.getMessage() + "); the next build " + theNextBuild);
  }
}
