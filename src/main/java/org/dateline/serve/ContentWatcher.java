package org.dateline.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the project's folders (recursively, new sub-folders included) and its settings file,
 * and calls {@code onChange} once per burst of changes: after the first change it waits until
 * nothing has changed for the debounce time. Runs on its own daemon thread until closed.
 *
 * <pre>{@code
 * ContentWatcher watcher = ContentWatcher.start(root, List.of("content", "seeds", "templates"),
 *     Set.of("site.yaml"), Duration.ofMillis(200), server::rebuild);
 * }</pre>
 */
public final class ContentWatcher implements AutoCloseable {
  private final Path root;
  private final List<String> folders;
  private final Set<String> rootFiles;
  private final long debounceMillis;
  private final Runnable onChange;
  private final WatchService watch;
  private final Thread thread;

  private ContentWatcher(Path root, List<String> folders, Set<String> rootFiles,
      java.time.Duration debounce, Runnable onChange) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.folders = List.copyOf(folders);
    this.rootFiles = Set.copyOf(rootFiles);
    this.debounceMillis = debounce.toMillis();
    this.onChange = onChange;
    this.watch = FileSystems.getDefault().newWatchService();
    register(this.root);
    for (String folder : folders) {
      registerTree(this.root.resolve(folder));
    }
    this.thread = new Thread(this::loop, "dateline-watch");
    thread.setDaemon(true);
  }

  /** Starts watching {@code folders} (relative to {@code root}) and {@code rootFiles}. */
  public static ContentWatcher start(Path root, List<String> folders, Set<String> rootFiles,
      java.time.Duration debounce, Runnable onChange) throws IOException {
    ContentWatcher watcher = new ContentWatcher(root, folders, rootFiles, debounce, onChange);
    watcher.thread.start();
    return watcher;
  }

  private void loop() {
    try {
      while (true) {
        boolean relevant = drain(watch.take());
        if (!relevant) {
          continue;
        }
        WatchKey next;
        while ((next = watch.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) {
          drain(next);
        }
        onChange.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    }
  }

  /** Handles one key's events; true when one of them concerns the site. */
  private boolean drain(WatchKey key) {
    Path dir = (Path) key.watchable();
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
        continue;
      }
      Path changed = dir.resolve((Path) event.context());
      String name = changed.getFileName().toString();
      if (dir.equals(root)) {
        if (folders.contains(name)) {
          registerTree(changed);
          relevant = true;
        } else if (rootFiles.contains(name)) {
          relevant = true;
        }
      } else if (!name.startsWith(".") && !name.endsWith("~")) {
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
          registerTree(changed);
        }
        relevant = true;
      }
    }
    key.reset();
    return relevant;
  }

  private void registerTree(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder, 32)) {
      for (Path dir : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
        register(dir);
      }
    } catch (IOException e) {
      // a folder vanished while we looked; the next event registers again
    }
  }

  private void register(Path dir) {
    try {
      dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
          StandardWatchEventKinds.ENTRY_MODIFY);
    } catch (IOException | ClosedWatchServiceException e) {
      // vanished or closing
    }
  }

  @Override
  public void close() {
    try {
      watch.close();
    } catch (IOException e) {
      // nothing left to do
    }
    thread.interrupt();
  }
}
