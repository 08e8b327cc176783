package org.dateline.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dateline.render.OutputFile;
import org.dateline.render.OutputSink;

/**
 * Writes the site into the output folder, rewriting only the files whose bytes changed: a build
 * that changes nothing writes nothing. Changed files go first to a staging folder beside the
 * output folder; the previous site is untouched until the whole build has been written there.
 * Then a journal of the changes is written and the changes are made in place (or, when every
 * file changed, the staging folder replaces the output folder whole). A build killed before the
 * journal leaves the previous site; one killed after it is finished by the next writer ({@link
 * #recover}). Files the build did not produce are removed, and every path is checked to stay
 * inside the output folder.
 *
 * <pre>{@code
 * new SiteWriter(Path.of("site-out")).write(files);
 * }</pre>
 */
public final class SiteWriter {
  /** The list of the files a build wrote, with their hashes, kept in the output folder. */
  public static final String MANIFEST = ".dateline-files";

  /** Top-level names of the output and staging folders kept for the writer's own files. */
  private static final String RESERVED = ".dateline-";

  private static final String NEW = ".new-";
  private static final String OLD = ".old-";

  private final Path out;

  public SiteWriter(Path out) {
    this.out = out.toAbsolutePath().normalize();
  }

  /**
   * Files in the output folder that the previous build did not write (a user put them there by
   * hand), relative to the output folder and sorted. The next {@link #write} removes them.
   */
  public List<String> foreignFiles() throws IOException {
    recover();
    return SiteSnapshot.read(out).foreign();
  }

  /**
   * What the output folder holds now, once {@link #recover} has cleaned up after a killed build:
   * one walk of it, for telling whether the last build's site is untouched ({@link
   * Look#untouchedSiteDigest}) and for {@link #stage(Look) staging} the next one. Writes nothing
   * but what {@link #recover} finishes or cleans up.
   */
  public Look look() throws IOException {
    refuseLink();
    recover();
    return new Look(SiteSnapshot.read(out));
  }

  /**
   * The output folder as {@link #look} found it. Immutable; its digest is worked out as it is
   * made, on the thread that looks, since every build with a cache folder asks for it.
   */
  public static final class Look {
    private final SiteSnapshot snapshot;
    private final Optional<String> untouchedSiteDigest;

    private Look(SiteSnapshot snapshot) {
      this.snapshot = snapshot;
      this.untouchedSiteDigest = Optional.ofNullable(snapshot.digestIfUntouched());
    }

    /**
     * The digest of the site in the output folder if it was just as the build that wrote it left
     * it (see {@link Staging#siteDigest}); empty when a file there was added, removed or modified
     * since, or there is no site.
     */
    public Optional<String> untouchedSiteDigest() {
      return untouchedSiteDigest;
    }
  }

  /**
   * Writes {@code files} as the new site: {@link #stage}, write each, commit. Returns how many
   * were written (the others were already in place).
   */
  public int write(Collection<OutputFile> files) throws IOException {
    int written = 0;
    try (Staging staging = stage()) {
      for (OutputFile file : files) {
        written += staging.write(file) ? 1 : 0;
      }
      staging.commit();
    }
    return written;
  }

  /**
   * Starts a new site. Files written to it may come from several threads; {@link Staging#commit}
   * puts it in place, and closing it without a commit throws it away, leaving the previous site as
   * it was.
   */
  public Staging stage() throws IOException {
    return stage(look());
  }

  /** {@link #stage()} from what {@link #look} found, which must be this writer's folder's. */
  public Staging stage(Look look) throws IOException {
    Files.createDirectories(out.getParent());
    refuseLink();
    return new Staging(look.snapshot);
  }

  private void refuseLink() throws IOException {
    if (Files.isSymbolicLink(out)) {
      throw new IOException("output folder " + out + " is a symbolic link; refusing to replace it");
    }
  }

  /**
   * Cleans up after a build that was killed: a staging folder with a complete journal is rolled
   * forward (its changes are finished in the output folder), one without is deleted (the output
   * folder was not touched yet); and if the kill fell between the two renames of a whole-folder
   * swap, the old site is put back. {@link #stage} and {@link #foreignFiles} call it first.
   */
  public void recover() throws IOException {
    Path parent = out.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    List<Path> leftovers;
    try (Stream<Path> list = Files.list(parent)) {
      leftovers =
          list.filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.startsWith(prefix(NEW)) || name.startsWith(prefix(OLD));
                  })
              .sorted()
              .toList();
    }
    for (Path leftover : leftovers) {
      boolean old = leftover.getFileName().toString().startsWith(prefix(OLD));
      if (old && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        SafeFiles.move(leftover, out);
        continue;
      }
      if (!old && SafeFiles.isRealFolder(leftover) && SafeFiles.isRealFolder(out)) {
        CommitJournal journal = CommitJournal.readFrom(leftover);
        if (journal != null) {
          journal.apply(out, leftover, Integer.MAX_VALUE);
        }
      }
      SafeFiles.deleteTree(leftover);
    }
  }

  /** A site being written; see {@link #stage}. */
  public final class Staging implements AutoCloseable {
    private final SiteSnapshot before;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Set<String> lowerCasePaths = ConcurrentHashMap.newKeySet();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Path, Boolean> folders = new ConcurrentHashMap<>();
    private Path root; // created with the first changed file; guarded by this
    private boolean finished; // guarded by this
    private String siteDigest; // set by the commit; guarded by this

    private Staging(SiteSnapshot before) {
      this.before = before;
    }

    /**
     * Files in the output folder that the previous build did not write (a user put them there by
     * hand), relative to the output folder and sorted; {@link #commit} removes them.
     */
    public List<String> foreignFiles() {
      return before.foreign();
    }

    /**
     * Adds one file to the new site; thread-safe. Returns true if it was written, false if the
     * output folder already holds these very bytes there. Refuses paths that leave the folder,
     * come twice (ignoring case) or take a name kept for the writer's own files.
     */
    public boolean write(OutputFile file) throws IOException {
      String path = file.path();
      claim(path);
      String hash = Manifest.hash(file.bytes());
      list(path, hash, file.key());
      if (before.holds(path, hash, file.bytes())) {
        return false;
      }
      Path target = stagedFile(path);
      Files.write(target, file.bytes());
      staged.add(path);
      return true;
    }

    /**
     * {@link #write(OutputFile)} for a file made from inputs with this {@code key} (or null) whose
     * bytes {@code body} writes: they are hashed and compared with the file in the output folder
     * as they come, never held in memory whole, and streamed to the staging folder from the first
     * difference on.
     */
    public boolean write(String path, String key, OutputSink.Body body) throws IOException {
      claim(path);
      ComparingOutputStream file = new ComparingOutputStream(before.regularFile(path), () -> stagedFile(path));
      try (file) {
        body.writeTo(file);
      }
      list(path, file.hash(), key);
      if (!file.changed()) {
        return false;
      }
      staged.add(path);
      return true;
    }

    /**
     * Keeps the file at {@code path} as it is in the output folder if the last build made it from
     * inputs with this {@code key} and it was not changed since; returns whether it did (if not,
     * the file is still to be written). Thread-safe.
     */
    public boolean keep(String path, String key) throws IOException {
      String hash = before.hashIfKept(path, key);
      if (hash == null) {
        return false;
      }
      claim(path);
      list(path, hash, key);
      return true;
    }

    /**
     * The key the last build made the file at {@code path} from (by its manifest), or null. Says
     * nothing of whether the file is still as it was: {@link #keep} tells.
     */
    public String lastKey(String path) {
      return before.keyOf(path);
    }

    /** Lists the file at {@code path} in the new manifest, with its hash and key (or null). */
    private void list(String path, String hash, String key) {
      hashes.put(path, hash);
      if (key != null) {
        keys.put(path, key);
      }
    }

    private void claim(String path) throws IOException {
      SafeFiles.checkPlain(path);
      String lowerCase = path.toLowerCase(Locale.ROOT);
      if (lowerCase.startsWith(RESERVED) && lowerCase.indexOf('/') < 0) {
        throw new IOException("output path " + path + " is kept for Dateline's own files");
      }
      if (!lowerCasePaths.add(lowerCase)) {
        throw new IOException("two pages would be written to " + path);
      }
    }

    /** Where {@code path} goes in the staging folder, whose folders are made. */
    private Path stagedFile(String path) throws IOException {
      Path target = root().resolve(path);
      try {
        // computeIfAbsent holds back other writers to this folder until it exists
        folders.computeIfAbsent(target.getParent(), Staging::createFolder);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return target;
    }

    /**
     * Puts the new site in place: nothing at all if it is the site already there; the staging
     * folder swapped in whole if every file changed; otherwise the changes made in place through
     * a journal (see {@link CommitJournal}). The new manifest is written last.
     */
    public void commit() throws IOException {
      commit(Integer.MAX_VALUE);
    }

    /**
     * {@link #commit}, stopping after {@code steps} steps of the journal and leaving everything as
     * a build killed at that moment would (the staging folder and its journal included).
     */
    synchronized void commit(int steps) throws IOException {
      if (finished) {
        throw new IllegalStateException("the staging of " + out + " was already committed or closed");
      }
      byte[] manifest = Manifest.bytes(before.manifestPaths(), hashes, keys);
      siteDigest = Manifest.hash(manifest);
      CommitJournal journal = CommitJournal.plan(before, hashes.keySet(), staged);
      if (journal.steps().isEmpty() && before.hasManifest(manifest)) {
        close();
        return;
      }
      Path staging = root();
      Files.write(staging.resolve(MANIFEST), manifest);
      if (staged.size() == hashes.size()) {
        swap(staging);
        finished = true;
        return;
      }
      CommitJournal complete = journal.withManifest();
      complete.writeInto(staging);
      // From here on the staging folder stays until every step is taken, even if one fails:
      // the next writer finishes the journal rather than leave a mixed site.
      finished = true;
      if (complete.apply(out, staging, steps)) {
        SafeFiles.deleteTree(staging);
      }
    }

    /**
     * The digest of the site committed: what {@link Look#untouchedSiteDigest} gives as long as
     * the output folder stays as the commit left it.
     */
    public synchronized String siteDigest() {
      if (siteDigest == null) {
        throw new IllegalStateException("the staging of " + out + " was not committed");
      }
      return siteDigest;
    }

    @Override
    public synchronized void close() throws IOException {
      if (!finished) {
        finished = true;
        if (root != null) {
          SafeFiles.deleteTree(root);
        }
      }
    }

    private synchronized Path root() throws IOException {
      if (finished) {
        throw new IllegalStateException("the staging of " + out + " was already committed or closed");
      }
      if (root == null) {
        root = Files.createTempDirectory(out.getParent(), prefix(NEW));
      }
      return root;
    }

    private static Boolean createFolder(Path folder) {
      try {
        Files.createDirectories(folder);
        return Boolean.TRUE;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private String prefix(String kind) {
    return "." + out.getFileName() + kind;
  }

  /** Replaces the output folder with {@code staging} by two renames; see {@link #recover}. */
  private void swap(Path staging) throws IOException {
    Path old = null;
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      old = Files.createTempDirectory(out.getParent(), prefix(OLD));
      Files.delete(old);
      SafeFiles.move(out, old);
    }
    SafeFiles.move(staging, out);
    if (old != null) {
      SafeFiles.deleteTree(old);
    }
  }
}
