package org.dateline.cli;

import java.nio.file.Path;
import org.dateline.pipeline.BuildOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The build cache options of {@code build} and {@code serve}: {@code --cache-dir}, {@code --no-cache}. */
final class CacheOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description = "Build cache folder (default: " + BuildOptions.CACHE_DIR + ").")
  Path dir;

  @Option(
      names = "--no-cache",
      description = "Read and extract every story; neither read nor write the build cache.")
  boolean off;

  /** {@code options} with the cache these options ask for; relative folders are under the root. */
  BuildOptions applyTo(BuildOptions options) {
    if (off && dir != null) {
      throw new ParameterException(
          mixee.commandLine(), "--cache-dir and --no-cache cannot be used together");
    }
    if (off) {
      return options.withoutCache();
    }
    return dir == null ? options : options.withCacheDir(options.root().resolve(dir));
  }
}
