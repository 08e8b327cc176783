package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.digest.Murmur3;
import org.dateline.extract.MetadataExtractor;
import org.dateline.model.Story;
import org.dateline.parallel.Parallel;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;
import org.dateline.read.SourceScanner;

/**
 * A build's read and extract stage: every story file read and extracted on all cores, or taken
 * from the stories cache when it holds the file with the same key (a 128-bit hash of the key
 * context and the digest of the file's bytes). A file whose trusted stamp (see {@link
 * InputFingerprint}) is the one its entry was read with is not even read: its digest is the
 * entry's. Files are read into the cache only here, on the calling thread, once all are done, so a
 * story given up after the time limit never enters it.
 */
final class ReadStage {
  /**
   * What the stage gave: the stories in file order (those from the cache decoded only when asked
   * for), the problems of every file (those of cached stories too), how many stories came from the
   * cache and how many entries of the cache were added or changed (read into it, or stamped anew).
   */
  record Result(LazyStories stories, List<Diagnostic> problems, int reused, int fresh, Changes changes) {}

  /**
   * How the stories stand to what the cache held before this stage: the digests of the files'
   * entries then and now (each file's path and entry key, in file order), and the story files
   * whose entries changed when every one of them kept its outline ({@link Story#outline}: it
   * changed in the words of its paragraphs alone); empty when some story changed otherwise, came
   * or went. With the same digest before as the last build's after, the archive differs from that
   * build's in the bodies of these stories only.
   */
  record Changes(String before, String after, Optional<Set<String>> bodyEdits) {}

  /**
   * What reading one file gave (an entry read anew, or as the cache holds it) and its head, whether
   * it came from the cache, and whether it is to be put there (read anew, or stamped anew); the key
   * of the entry the cache held for the file before (or null), and whether the story kept that
   * entry's outline.
   */
  private record Outcome(
      StoryCache.Stored entry,
      StoryCache.Head head,
      boolean reused,
      boolean changed,
      String before,
      boolean outlineKept) {
    /** An outcome read anew. */
    Outcome(StoryCache.Entry entry, boolean reused, boolean changed, String before, boolean outlineKept) {
      this(entry, entry.head(), reused, changed, before, outlineKept);
    }

    /** An outcome from the entry the cache held, whose head is {@code head}. */
    static Outcome cached(StoryCache.Stored entry, StoryCache.Head head, boolean changed) {
      return new Outcome(entry, head, true, changed, entry.key(), true);
    }
  }

  private final DocumentReader reader;
  private final Supplier<MetadataExtractor> extractor;
  private final StoryCache stories;
  private final String keyContext;
  private final Map<Path, String> stamps;
  private final Duration timeLimit;
  private final BiConsumer<Integer, Integer> progress;

  /**
   * @param extractor gives the extractor, asked for only when a story is read anew
   * @param stories the cache to use and fill, or null to read every file
   * @param keyContext what else decides what a file becomes (see {@link StoryCache#context})
   * @param stamps the trusted stamps of files, taken before any was read (see {@link
   *     InputFingerprint#trusted}); a file without one is read
   */
  ReadStage(
      DocumentReader reader,
      Supplier<MetadataExtractor> extractor,
      StoryCache stories,
      String keyContext,
      Map<Path, String> stamps,
      Duration timeLimit,
      BiConsumer<Integer, Integer> progress) {
    this.reader = reader;
    this.extractor = extractor;
    this.stories = stories;
    this.keyContext = keyContext;
    this.stamps = stamps;
    this.timeLimit = timeLimit;
    this.progress = progress;
  }

  Result read(List<SourceScanner.SourceFile> files) {
    AtomicInteger done = new AtomicInteger();
    // the stories the cache holds by their files' stamps are taken on all cores as they are: no
    // file is read and no parser runs, so they need neither the time limit nor a task each (which
    // cost more than decoding an entry); the others are read and extracted under the limit
    List<Outcome> outcomes =
        new ArrayList<>(
            Parallel.map(
                files.size(),
                i -> {
                  Outcome known = stamped(files.get(i));
                  if (known != null) {
                    progress.accept(done.incrementAndGet(), files.size());
                  }
                  return known;
                }));
    List<Integer> unknown = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (outcomes.get(i) == null) {
        unknown.add(i);
      }
    }
    if (!unknown.isEmpty()) {
      List<Outcome> read = readUnderTheLimit(unknown.stream().map(files::get).toList(), done, files.size());
      for (int k = 0; k < unknown.size(); k++) {
        outcomes.set(unknown.get(k), read.get(k));
      }
    }
    List<String> storyFiles = new ArrayList<>();
    List<StoryCache.Stored> storyEntries = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    int reused = 0;
    int fresh = 0;
    Murmur3 before = new Murmur3();
    Murmur3 after = new Murmur3();
    Set<String> edited = new TreeSet<>();
    boolean outlinesKept = true;
    for (int i = 0; i < files.size(); i++) {
      Outcome outcome = outcomes.get(i);
      if (outcome == null) {
        problems.add(StoryProcessor.timedOut(files.get(i).displayPath(), timeLimit));
        outlinesKept = false;
        continue;
      }
      StoryCache.Stored entry = outcome.entry();
      byte[] file = files.get(i).displayPath().getBytes(StandardCharsets.UTF_8);
      before.updatePart(file);
      before.updatePart(String.valueOf(outcome.before()).getBytes(StandardCharsets.UTF_8));
      after.updatePart(file);
      after.updatePart(String.valueOf(entry.key()).getBytes(StandardCharsets.UTF_8));
      if (!Objects.equals(outcome.before(), entry.key())) {
        outlinesKept &= outcome.outlineKept();
        if (outcome.head().hasStory()) {
          edited.add(files.get(i).displayPath());
        }
      }
      problems.addAll(outcome.head().diagnostics());
      if (outcome.head().hasStory()) {
        storyFiles.add(files.get(i).displayPath());
        storyEntries.add(entry);
        reused += outcome.reused() ? 1 : 0;
      }
      if (outcome.changed()) {
        stories.put(files.get(i).displayPath(), entry.entry());
        fresh++;
      }
    }
    Changes changes =
        new Changes(before.hex(), after.hex(), outlinesKept ? Optional.of(Set.copyOf(edited)) : Optional.empty());
    return new Result(new LazyStories(storyFiles, storyEntries), problems, reused, fresh, changes);
  }

  /**
   * Reads and extracts {@code files} on all cores, each within the time limit (null for one that
   * ran over), telling {@code progress} of each as one more of {@code total} done.
   */
  private List<Outcome> readUnderTheLimit(List<SourceScanner.SourceFile> files, AtomicInteger done, int total) {
    try (StoryProcessor<SourceScanner.SourceFile, Outcome> processor = new StoryProcessor<>(timeLimit)) {
      return processor.map(
          files,
          file -> {
            Outcome outcome = readStory(file);
            progress.accept(done.incrementAndGet(), total);
            return outcome;
          },
          file -> null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    }
  }

  /**
   * The cache's entry for a file whose trusted stamp is the one it was read with, as the cache
   * holds it (its story is decoded only when asked for), or null.
   */
  private Outcome stamped(SourceScanner.SourceFile file) {
    String stamp = stamps.get(file.path());
    if (stories == null || stamp == null) {
      return null;
    }
    StoryCache.Stored known = stories.stamped(file.displayPath(), stamp, keyContext);
    StoryCache.Head head = known == null ? null : known.head();
    return head == null ? null : Outcome.cached(known, head, false);
  }

  /**
   * Reads and extracts one file, or takes it from the cache when its bytes are those of its entry
   * (a file touched but not changed). The entry's key is null when the file could not be loaded
   * (nothing to cache) or there is no cache.
   */
  private Outcome readStory(SourceScanner.SourceFile file) {
    String stamp = stamps.get(file.path());
    byte[] bytes;
    try {
      bytes = reader.load(file.path(), file.displayPath());
    } catch (ContentException e) {
      return new Outcome(new StoryCache.Entry(null, null, e.diagnostics()), false, false, keyOf(prior(file)), false);
    }
    String source = stories == null ? null : StoryCache.source(bytes);
    String key = stories == null ? null : StoryCache.key(source, keyContext);
    StoryCache.Entry cached = stories == null ? null : stories.get(file.displayPath(), key);
    if (cached != null) {
      // a file touched but not changed: its entry takes the new stamp (an untrusted one leaves
      // the old, which still tells the bytes it was taken of)
      boolean restamped = stamp != null && !stamp.equals(cached.stamp()) || !source.equals(cached.source());
      StoryCache.Entry entry = restamped ? cached.from(source, stamp != null ? stamp : cached.stamp()) : cached;
      return Outcome.cached(entry, entry.head(), restamped);
    }
    List<Diagnostic> local = new ArrayList<>();
    Story story = null;
    try {
      ParsedDocument document = reader.parseBytes(bytes, file.displayPath(), local);
      if (!document.frontMatter().draft()) {
        story = StoryBuilder.build(document, extractor.get().extract(document));
      }
    } catch (ContentException e) {
      local.addAll(e.diagnostics());
    }
    StoryCache.Stored prior = prior(file);
    StoryCache.Entry priorEntry = prior == null ? null : prior.entry();
    boolean outlineKept = priorEntry != null && sameOutline(priorEntry.story(), story);
    return new Outcome(
        new StoryCache.Entry(key, source, stamp, story, local), false, key != null, keyOf(prior), outlineKept);
  }

  /** The entry the cache holds for {@code file}, whatever it was made from, or null. */
  private StoryCache.Stored prior(SourceScanner.SourceFile file) {
    return stories == null ? null : stories.of(file.displayPath());
  }

  private static String keyOf(StoryCache.Stored stored) {
    return stored == null ? null : stored.key();
  }

  /** Whether two stories (each null for a draft or broken file) have the same outline. */
  private static boolean sameOutline(Story a, Story b) {
    return a == null || b == null ? a == b : a.outline().equals(b.outline());
  }
}
