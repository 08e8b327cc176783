package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to build: the project root, the story folders (relative to it), the templates folder,
 * the site settings file and the output folder; {@code strict} makes warnings errors, and
 * {@code keepGoing} builds the site without the broken stories instead of stopping.
 *
 * @param cacheDir the folder of the build cache, which keeps what earlier builds read and
 *     extracted (one file, {@code stories.bin}); null to read and extract every story
 */
public record BuildOptions(
    Path root,
    List<Path> sources,
    Path templates,
    Path config,
    Path out,
    boolean strict,
    boolean keepGoing,
    Path cacheDir) {
  /** The build cache's folder in the standard layout, relative to the project root. */
  public static final String CACHE_DIR = ".dateline-cache";

  public BuildOptions {
    Objects.requireNonNull(root, "root must not be null");
    sources = List.copyOf(sources);
    Objects.requireNonNull(templates, "templates must not be null");
    Objects.requireNonNull(config, "config must not be null");
    Objects.requireNonNull(out, "out must not be null");
  }

  /**
   * The standard layout: {@code seeds/} and {@code content/} into {@code site-out/}, with the
   * build cache in {@code .dateline-cache/}.
   */
  public static BuildOptions standard(Path root) {
    return new BuildOptions(
        root,
        List.of(Path.of("seeds"), Path.of("content")),
        root.resolve("templates"),
        root.resolve("site.yaml"),
        root.resolve("site-out"),
        false,
        false,
        root.resolve(CACHE_DIR));
  }

  public BuildOptions withOut(Path newOut) {
    return new BuildOptions(root, sources, templates, config, newOut, strict, keepGoing, cacheDir);
  }

  public BuildOptions withSources(List<Path> newSources) {
    return new BuildOptions(root, newSources, templates, config, out, strict, keepGoing, cacheDir);
  }

  public BuildOptions withStrict(boolean newStrict) {
    return new BuildOptions(root, sources, templates, config, out, newStrict, keepGoing, cacheDir);
  }

  public BuildOptions withKeepGoing(boolean newKeepGoing) {
    return new BuildOptions(root, sources, templates, config, out, strict, newKeepGoing, cacheDir);
  }

  public BuildOptions withCacheDir(Path newCacheDir) {
    Objects.requireNonNull(newCacheDir, "newCacheDir must not be null");
    return new BuildOptions(root, sources, templates, config, out, strict, keepGoing, newCacheDir);
  }

  /** The same build without the cache on disk: every story is read and extracted. */
  public BuildOptions withoutCache() {
    return new BuildOptions(root, sources, templates, config, out, strict, keepGoing, null);
  }
}
