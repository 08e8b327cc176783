package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A few long tasks of a build run beside its stages, each on a daemon thread of its own, while the
 * common pool's threads do the stages' work: loading and saving the caches, looking at the output
 * folder, making the extractor and the template engine.
 *
 * <pre>{@code
 * CompletableFuture<Templates> templates = SideThreads.start("dateline-templates", () -> new Templates(folder));
 * ...
 * render(SideThreads.await(templates));
 * }</pre>
 */
final class SideThreads {
  private SideThreads() {}

  /** A task that may fail to read or write. */
  @FunctionalInterface
  interface Task<T> {
    T run() throws IOException;
  }

  /** What {@code task} gives, worked out on a daemon thread of its own named {@code name}. */
  static <T> CompletableFuture<T> start(String name, Task<T> task) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return task.run();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        runnable -> {
          Thread thread = new Thread(runnable, name);
          thread.setDaemon(true);
          thread.start();
        });
  }

  /**
   * What {@code future} gives, once it is done; its failure thrown as it was, an I/O one (checked
   * or not) as an {@link IOException}.
   */
  static <T> T await(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
