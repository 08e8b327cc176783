package org.dateline.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import org.dateline.render.OutputFile;

/**
 * Writes the site into a fresh temporary folder beside the output folder, then swaps it into
 * place. Until the swap the previous site is untouched, so a failed or killed build never leaves a
 * half-written site. Every path is checked to stay inside the output folder.
 *
 * <pre>{@code
 * new SiteWriter(Path.of("site-out")).write(files);
 * }</pre>
 */
public final class SiteWriter {
  /** The list of the files a build wrote, kept in the output folder for the next build. */
  public static final String MANIFEST = ".dateline-files";

  private static final String NEW = ".new-";
  private static final String OLD = ".old-";

  private final Path out;

  public SiteWriter(Path out) {
    this.out = out.toAbsolutePath().normalize();
  }

  /**
   * Files in the output folder that the previous build did not write (a user put them there by
   * hand), relative to the output folder and sorted. The next {@link #write} replaces them.
   */
  public List<String> foreignFiles() throws IOException {
    recoverInterruptedSwap();
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    Path manifest = out.resolve(MANIFEST);
    Set<String> written =
        Files.isRegularFile(manifest)
            ? new HashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8))
            : Set.of();
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(out)) {
      walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> out.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals(MANIFEST) && !written.contains(p))
          .sorted()
          .forEach(foreign::add);
    }
    return foreign;
  }

  /** Writes {@code files} as the new site: {@link #stage}, write each, commit. */
  public void write(Collection<OutputFile> files) throws IOException {
    try (Staging staging = stage()) {
      for (OutputFile file : files) {
        staging.write(file);
      }
      staging.commit();
    }
  }

  /**
   * Starts a new site in a fresh folder beside the output folder. Files written to it may come
   * from several threads; {@link Staging#commit} swaps it into place, and closing it without a
   * commit throws it away, leaving the previous site as it was.
   */
  public Staging stage() throws IOException {
    Path parent = out.getParent();
    Files.createDirectories(parent);
    if (Files.isSymbolicLink(out)) {
      throw new IOException("output folder " + out + " is a symbolic link; refusing to replace it");
    }
    recoverInterruptedSwap();
    return new Staging(Files.createTempDirectory(parent, stagingPrefix(NEW)));
  }

  /** A site being written; see {@link #stage}. */
  public final class Staging implements AutoCloseable {
    private final Path root;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Set<String> lowerCasePaths = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Path, Boolean> folders = new ConcurrentHashMap<>();
    private boolean committed;

    private Staging(Path root) {
      this.root = root;
    }

    /** Writes one file; thread-safe. Refuses paths that leave the folder or come twice. */
    public void write(OutputFile file) throws IOException {
      Path target = safeResolve(root, file.path());
      if (!lowerCasePaths.add(file.path().toLowerCase(Locale.ROOT))) {
        throw new IOException("two pages would be written to " + file.path());
      }
      paths.add(file.path());
      try {
        // computeIfAbsent holds back other writers to this folder until it exists
        folders.computeIfAbsent(target.getParent(), SiteWriter::createFolder);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Files.write(target, file.bytes());
    }

    /** Records the files written (for the next build's check) and swaps the new site in. */
    public void commit() throws IOException {
      Files.write(root.resolve(MANIFEST), new TreeSet<>(paths), StandardCharsets.UTF_8);
      swap(root);
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        deleteTree(root);
      }
    }
  }

  private static Boolean createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
      return Boolean.TRUE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resolves a relative output path, refusing anything that would leave {@code root}. */
  static Path safeResolve(Path root, String relative) throws IOException {
    if (relative.isEmpty()
        || relative.indexOf('\0') >= 0
        || relative.indexOf('\\') >= 0
        || relative.startsWith("/")
        || relative.contains(":")) {
      throw new IOException("unsafe output path: " + relative);
    }
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IOException("output path leaves the output folder: " + relative);
    }
    return target;
  }

  private String stagingPrefix(String kind) {
    return "." + out.getFileName() + kind;
  }

  /**
   * Cleans up after a build that was killed: a staging folder left behind is deleted, and if the
   * kill fell between the two renames of the swap (the old site moved away, the new one not yet
   * in place), the old site is put back.
   */
  private void recoverInterruptedSwap() throws IOException {
    Path parent = out.getParent();
    if (!Files.isDirectory(parent)) {
      return;
    }
    List<Path> leftovers;
    try (Stream<Path> list = Files.list(parent)) {
      leftovers =
          list.filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.startsWith(stagingPrefix(NEW)) || name.startsWith(stagingPrefix(OLD));
                  })
              .sorted()
              .toList();
    }
    for (Path leftover : leftovers) {
      boolean old = leftover.getFileName().toString().startsWith(stagingPrefix(OLD));
      if (old && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        move(leftover, out);
      } else {
        deleteTree(leftover);
      }
    }
  }

  private void swap(Path staging) throws IOException {
    Path old = null;
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      old = Files.createTempDirectory(out.getParent(), stagingPrefix(OLD));
      Files.delete(old);
      move(out, old);
    }
    move(staging, out);
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
