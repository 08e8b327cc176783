package org.dateline.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the output folder held when a build started: every file (links are listed, never
 * followed), every folder, and the manifest of the build that wrote it. Immutable, so the
 * writer's threads may ask it at once whether a file is already in place.
 */
final class SiteSnapshot {
  /** A non-folder entry of the output folder; {@code regular} is false for links and the like. */
  record Entry(boolean regular, long size, FileTime modified) {}

  /** What the manifest says of a file: its hash, and the key it was made from (or null). */
  private record Listed(String hash, String key) {}

  private final Path out;
  private final Map<String, Entry> files;
  private final List<String> folders;
  private final byte[] manifestBytes;
  private final Manifest manifest;
  /**
   * The files that may be kept as they are: regular, listed in the manifest with a hash, and not
   * modified after it was written. Worked out once, as the folder is looked at, for the look-up of
   * every page a build keeps.
   */
  private final Map<String, Listed> keepable;

  private SiteSnapshot(Path out, Map<String, Entry> files, List<String> folders, byte[] manifestBytes) {
    this.out = out;
    this.files = Collections.unmodifiableMap(files);
    this.folders = List.copyOf(folders);
    this.manifestBytes = manifestBytes;
    this.manifest = manifestBytes == null ? Manifest.EMPTY : Manifest.parse(manifestBytes);
    this.keepable = new HashMap<>(2 * this.files.size());
    manifest.hashes().forEach((path, hash) -> {
      Entry entry = this.files.get(path);
      if (!hash.isEmpty() && entry != null && entry.regular() && untouchedSinceManifest(entry)) {
        keepable.put(path, new Listed(hash, manifest.keyOf(path)));
      }
    });
  }

  /** Walks {@code out}; an output folder that is missing, a file or a link counts as empty. */
  static SiteSnapshot read(Path out) throws IOException {
    Map<String, Entry> files = new HashMap<>();
    List<String> folders = new ArrayList<>();
    if (!SafeFiles.isRealFolder(out)) {
      return new SiteSnapshot(out, files, folders, null);
    }
    for (Walk walk : walk(out)) {
      files.putAll(walk.files());
      folders.addAll(walk.folders());
    }
    Entry manifest = files.get(SiteWriter.MANIFEST);
    byte[] bytes = null;
    if (manifest != null && manifest.regular()) {
      try {
        bytes = Files.readAllBytes(out.resolve(SiteWriter.MANIFEST));
      } catch (NoSuchFileException e) {
        bytes = null;
      }
    }
    return new SiteSnapshot(out, files, folders, bytes);
  }

  /**
   * The digest of the manifest if the folder was just as the build that wrote the manifest left
   * it: every file the manifest lists there, regular and not modified after the manifest, and no
   * other file; else null.
   */
  String digestIfUntouched() {
    Entry manifestEntry = files.get(SiteWriter.MANIFEST);
    if (manifestBytes == null || manifestEntry == null || !manifestEntry.regular()) {
      return null;
    }
    for (Entry entry : files.values()) {
      if (!entry.regular() || entry.modified().compareTo(manifestEntry.modified()) > 0) {
        return null;
      }
    }
    boolean exactly =
        manifest.listsExactly(path -> !path.equals(SiteWriter.MANIFEST) && files.containsKey(path), files.size() - 1);
    return exactly ? Manifest.hash(manifestBytes) : null;
  }

  /** The files (links are listed, never followed) and folders under one top-level entry. */
  private record Walk(Map<String, Entry> files, List<String> folders) {}

  /**
   * Walks each top-level entry of {@code out} on its own, on all cores: looking at files is
   * mostly waiting for the system.
   */
  private static List<Walk> walk(Path out) throws IOException {
    List<Path> tops;
    try (Stream<Path> list = Files.list(out)) {
      tops = list.toList();
    }
    try {
      return tops.parallelStream().map(top -> walk(out, top)).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Walk walk(Path out, Path top) {
    Map<String, Entry> files = new HashMap<>();
    List<String> folders = new ArrayList<>();
    try {
      Files.walkFileTree(
          top,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              folders.add(relative(out, dir));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              files.put(
                  relative(out, file), new Entry(attrs.isRegularFile(), attrs.size(), attrs.lastModifiedTime()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Walk(files, folders);
  }

  /** {@code p}, a path the walk of {@code out} met, relative to it with '/' between names. */
  private static String relative(Path out, Path p) {
    String outer = out.toString();
    String path = p.toString();
    String separator = p.getFileSystem().getSeparator();
    int from = outer.endsWith(separator) ? outer.length() : outer.length() + separator.length();
    if (path.length() > from && path.startsWith(outer) && path.startsWith(separator, from - separator.length())) {
      // the walk's paths start with the folder's own: cut it off rather than make a path of each name
      return path.substring(from).replace('\\', '/');
    }
    return out.relativize(p).toString().replace('\\', '/');
  }

  /** Every non-folder entry, the manifest included, by relative path (in no order). */
  Map<String, Entry> files() {
    return files;
  }

  /** Every folder below the output folder, parents before children. */
  List<String> folders() {
    return folders;
  }

  /** Whether the output folder held this manifest, byte for byte. */
  boolean hasManifest(byte[] bytes) {
    return manifestBytes != null && Arrays.equals(manifestBytes, bytes);
  }

  /** Files not listed in the manifest (a user put them there by hand), sorted. */
  List<String> foreign() {
    return files.keySet().stream()
        .filter(p -> !p.equals(SiteWriter.MANIFEST) && !manifest.lists(p))
        .sorted()
        .toList();
  }

  /** The regular file at {@code path} in the output folder, or null if there is none. */
  Path regularFile(String path) {
    Entry entry = files.get(path);
    return entry != null && entry.regular() ? out.resolve(path) : null;
  }

  /** The paths the manifest lists, in the order of its lines. */
  Set<String> manifestPaths() {
    return manifest.paths();
  }

  /** The key the last build made the file at {@code path} from, by its manifest, or null. */
  String keyOf(String path) {
    return manifest.keyOf(path);
  }

  /**
   * The hash of the file at {@code path} if the manifest says it was made from inputs with this
   * {@code key} and it is still as the manifest's build wrote it (a regular file not modified
   * since); else null.
   */
  String hashIfKept(String path, String key) {
    Listed listed = keepable.get(path);
    return listed != null && key.equals(listed.key()) ? listed.hash() : null;
  }

  /** Whether a file was last modified no later than the manifest was written. */
  private boolean untouchedSinceManifest(Entry entry) {
    return entry.modified().compareTo(files.get(SiteWriter.MANIFEST).modified()) <= 0;
  }

  /**
   * Whether the output folder already holds exactly {@code bytes} at {@code path}: the manifest
   * has the same hash and the file is there with the same size. A file modified after the
   * manifest was written (edited by hand, or touched) is compared byte by byte.
   */
  boolean holds(String path, String hash, byte[] bytes) throws IOException {
    Entry entry = files.get(path);
    if (entry == null
        || !entry.regular()
        || entry.size() != bytes.length
        || !manifest.hasHash(path, hash)) {
      return false;
    }
    if (untouchedSinceManifest(entry)) {
      return true;
    }
    try {
      return Arrays.equals(Files.readAllBytes(out.resolve(path)), bytes);
    } catch (NoSuchFileException e) {
      return false;
    }
  }
}
