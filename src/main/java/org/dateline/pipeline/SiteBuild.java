package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dateline.archive.ArchiveBuilder;
import org.dateline.archive.RelationsCache;
import org.dateline.archive.Slugs;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.diag.DisplayPath;
import org.dateline.digest.Murmur3;
import org.dateline.extract.MetadataExtractor;
import org.dateline.extract.PeopleRegistry;
import org.dateline.model.Archive;
import org.dateline.model.Relations;
import org.dateline.model.SiteConfig;
import org.dateline.model.SourcePos;
import org.dateline.model.Story;
import org.dateline.read.DocumentReader;
import org.dateline.read.SiteConfigReader;
import org.dateline.read.SourceScanner;
import org.dateline.render.BodyEdits;
import org.dateline.render.OutputFile;
import org.dateline.render.OutputSink;
import org.dateline.render.SiteRenderer;
import org.dateline.render.pebble.TemplateException;
import org.dateline.render.pebble.Templates;
import org.dateline.write.SiteWriter;

/**
 * A whole build: read → extract → archive → render → write. Every problem of every story is
 * collected. If any is an error (or a warning with {@code strict}), nothing is written and the
 * previous site stays as it was; with {@code keepGoing}, the broken stories are left out, the rest
 * is written, and the report still carries the errors. A story whose bytes, reading settings,
 * people registry and reading code are those of an earlier build is taken from the build cache
 * ({@link BuildOptions#cacheDir}) instead of being read and extracted again; its problems are
 * reported all the same.
 *
 * <pre>{@code
 * BuildReport report = new SiteBuild(BuildOptions.standard(Path.of("."))).run();
 * }</pre>
 */
public final class SiteBuild {
  /** A story that takes longer than this to read and extract is reported as an error. */
  public static final Duration STORY_TIME_LIMIT = Duration.ofSeconds(10);

  private final BuildOptions options;
  private final Duration storyTimeLimit;
  private final java.util.function.BiConsumer<Integer, Integer> progress;
  private final StoryCache cache;
  private final CacheFolder caches;

  public SiteBuild(BuildOptions options) {
    this(options, STORY_TIME_LIMIT);
  }

  SiteBuild(BuildOptions options, Duration storyTimeLimit) {
    this(options, storyTimeLimit, (done, total) -> {}, null);
  }

  private SiteBuild(
      BuildOptions options,
      Duration storyTimeLimit,
      java.util.function.BiConsumer<Integer, Integer> progress,
      StoryCache cache) {
    this.options = options;
    this.storyTimeLimit = storyTimeLimit;
    this.progress = Objects.requireNonNull(progress, "progress must not be null");
    this.cache = cache;
    this.caches = new CacheFolder(options.cacheDir(), options.root(), cache);
  }

  /**
   * The same build, telling {@code progress} (stories read and extracted so far, total) after each
   * story; called from worker threads.
   */
  public SiteBuild withProgress(java.util.function.BiConsumer<Integer, Integer> progress) {
    return new SiteBuild(options, storyTimeLimit, progress, cache);
  }

  /**
   * The same build, reusing what {@code cache} holds of unchanged stories (and filling it). With
   * a cache folder in the options, an empty {@code cache} is first filled from disk, and the cache
   * is saved there after reading when it changed.
   */
  public SiteBuild withCache(StoryCache cache) {
    return new SiteBuild(options, storyTimeLimit, progress, Objects.requireNonNull(cache, "cache"));
  }

  public BuildReport run() throws ContentException, IOException {
    long start = System.nanoTime();
    List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
    // the code and templates are hashed on another core while the story files are listed
    CompletableFuture<Optional<String>> hashed =
        CompletableFuture.supplyAsync(() -> {
          try {
            return renderEnvironment();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    // and the output folder is looked at on a thread of its own: for the last build's shortcut and
    // for staging this one (nothing is written to it before the commit)
    CompletableFuture<SiteWriter.Look> looked = lookAside();
    // the file system's clock is read before the story files are looked at, so that what the scan
    // says of each can be trusted (see InputFingerprint)
    FileTime clock = caches.clock();
    List<SourceScanner.SourceFile> files =
        new SourceScanner(options.root()).scan(options.sources(), problems);
    Optional<String> environment = SideThreads.await(hashed);
    Optional<Inputs> seen = inputs(files, environment);
    // the inputs are stamped once: for telling whether the last build had the same ones, and for
    // the build cache to trust
    InputFingerprint.Trusted trusted = seen.map(i -> fingerprint(i, clock)).orElse(null);
    Optional<String> inputs = trusted == null ? Optional.empty() : trusted.fingerprint();
    Optional<LastBuild> recorded = seen.isPresent() ? caches.lastBuild() : Optional.empty();
    if (isUpToDate(inputs, recorded, looked)) {
      return recorded.get().report((System.nanoTime() - start) / 1_000_000);
    }
    // the build cache is loaded on another core while the settings are read and the extractor made
    CacheFolder.Stories stored = caches.loadStoriesAside();
    // and the search index's cache while the stories are read and the archive assembled
    CompletableFuture<SearchCacheFile> searchCacheLoaded =
        environment.isPresent() ? caches.loadSearchAside() : CompletableFuture.completedFuture(null);
    SiteConfig config =
        SiteConfigReader.read(options.config(), display(options.config()), problems);
    if (config.baseUrl() == null) {
      problems.add(
          Diagnostic.warning(
              SourcePos.startOf(display(options.config())),
              "base-url",
              "no base_url set: feeds use relative links, the sitemap lists no pages and pages have no canonical link"));
    }
    DocumentReader reader = new DocumentReader(config.trustHtml());
    String registryText = registryText();
    PeopleRegistry registry =
        registryText == null ? PeopleRegistry.EMPTY : PeopleRegistry.parse(registryText, display(registryFile()));
    // made on a thread of its own: until the archive is assembled only stories read anew need it,
    // and after one edit that is one story of thousands taken from the cache
    CompletableFuture<MetadataExtractor> extractor =
        SideThreads.start("dateline-extractor", () -> MetadataExtractor.withDefaults(registry));
    // and so is the template engine, needed only once the archive is assembled
    CompletableFuture<Templates> templates =
        SideThreads.start("dateline-templates", () -> new Templates(options.templates()));
    String settings =
        "trust_html=" + config.trustHtml() + "\n" + (registryText == null ? "" : registryText);
    Optional<String> pageSettings = seen.map(i -> pageSettings(i.context(), registryText));
    long t1 = System.nanoTime();
    Assembled assembled =
        readAndAssemble(
            files, stamps(seen, trusted), reader, extractor, settings, stored, recorded, problems);
    Archive archive = assembled.archive();
    long t2 = System.nanoTime();
    CountingSink sink;
    String site;
    long rendered;
    String archiveId;
    try (SiteWriter.Staging staging = new SiteWriter(options.out()).stage(SideThreads.await(looked))) {
      for (String foreign : staging.foreignFiles()) {
        problems.add(
            Diagnostic.warning(
                SourcePos.startOf(display(options.out().resolve(foreign))),
                "foreign-file",
                "file was not written by Dateline and is replaced by this build; keep your own files"
                    + " in templates/assets/"));
      }
      failUnlessKeepingGoing(problems);
      sink = new CountingSink(staging);
      SearchCacheFile searchCache = SideThreads.await(searchCacheLoaded);
      BodyEdits edits = bodyEdits(recorded, pageSettings, assembled.changes(), SideThreads.await(looked), staging);
      render(archive, SideThreads.await(templates), config, environment, edits, searchCache, sink);
      assets().forEach(sink::add);
      rendered = System.nanoTime();
      staging.commit();
      archiveId = caches.savedArchive(assembled.archiveSaved(), problems);
      if (searchCache != null) {
        caches.saveSearch(searchCache, problems);
      }
      site = staging.siteDigest();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      // written (or not) before the build ends, however it ends: never cut off half written
      assembled.archiveSaved().exceptionally(e -> null).join();
    }
    long t3 = System.nanoTime();
    long millis = (System.nanoTime() - start) / 1_000_000;
    BuildReport report =
        new BuildReport(
            archive.articles().size(),
            assembled.reused(),
            archive.people().size(),
            archive.countries().size(),
            sink.written.get(),
            sink.unchanged.get() + sink.kept.get(),
            sink.kept.get(),
            false,
            sorted(problems),
            millis,
            new BuildReport.Timings(
                (t1 - start) / 1_000_000, assembled.readMillis(), assembled.archiveMillis(),
                (rendered - t2) / 1_000_000, (t3 - rendered) / 1_000_000));
    remember(inputs, pageSettings, assembled.changes(), archiveId, site, report);
    return report;
  }

  /**
   * Looks at the output folder ({@link SiteWriter#look}: it is read once, and what a killed build
   * left is cleaned up) on a thread of its own, while the story files are listed and read. A
   * build that fails before it stages leaves the thread to finish or be stopped with the process:
   * it only reads the folder, and a cleaning-up cut short is finished by the next build.
   */
  private CompletableFuture<SiteWriter.Look> lookAside() {
    return SideThreads.start("dateline-output-look", () -> new SiteWriter(options.out()).look());
  }

  /**
   * What a build depends on, for its {@link InputFingerprint}: the code, the templates and the
   * options ({@code context}), and the files it reads (the settings, the people registry and the
   * story files).
   */
  private record Inputs(String context, List<Path> settingsFiles, List<SourceScanner.SourceFile> stories) {
    /** Every file, the settings first. */
    List<Path> files() {
      List<Path> files = new ArrayList<>(settingsFiles.size() + stories.size());
      files.addAll(settingsFiles);
      stories.forEach(story -> files.add(story.path()));
      return files;
    }
  }

  /**
   * This build's inputs; empty without a cache folder or a known {@code environment} (the code and
   * templates), and then no build is taken as up to date.
   */
  private Optional<Inputs> inputs(List<SourceScanner.SourceFile> stories, Optional<String> environment) {
    if (options.cacheDir() == null || environment.isEmpty()) {
      return Optional.empty();
    }
    String context = "environment " + environment.get()
        + "\nroot " + options.root().toAbsolutePath().normalize()
        + "\nsources " + options.sources()
        + "\ntemplates " + options.templates().toAbsolutePath().normalize()
        + "\nout " + options.out().toAbsolutePath().normalize()
        + "\nstrict " + options.strict()
        + "\nkeep going " + options.keepGoing()
        + "\nstory time limit " + storyTimeLimit;
    List<Path> settings =
        List.of(options.config().toAbsolutePath().normalize(), registryFile().toAbsolutePath().normalize());
    return Optional.of(new Inputs(context, settings, stories));
  }

  /**
   * Whether the {@code last} build recorded in the cache folder had these very inputs (by their
   * {@link InputFingerprint}, none when they have none) and the output folder is still as it left
   * it: then this build would make the same site.
   */
  private static boolean isUpToDate(
      Optional<String> inputs, Optional<LastBuild> last, CompletableFuture<SiteWriter.Look> output) {
    if (inputs.isEmpty() || last.isEmpty() || !inputs.get().equals(last.get().inputs())) {
      return false;
    }
    try {
      return SideThreads.await(output).untouchedSiteDigest().equals(Optional.of(last.get().site()));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /**
   * The digest of what the pages depend on besides the stories: the code, templates and options
   * ({@code context}, see {@link Inputs}), the settings file's bytes and the people registry.
   */
  private String pageSettings(String context, String registryText) {
    Murmur3 digest = new Murmur3();
    digest.updatePart(context.getBytes(StandardCharsets.UTF_8));
    try {
      Path config = options.config();
      digest.updatePart(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
    } catch (IOException e) {
      return null;
    }
    digest.updatePart(registryText == null ? new byte[0] : registryText.getBytes(StandardCharsets.UTF_8));
    return digest.hex();
  }

  /**
   * The stories whose bodies alone changed since the {@code last} build, with the keys it made
   * the output files from: when this build has the same page settings, its stories cache held
   * the entries the last build left, and the output folder is as the last build left it. Else
   * null, and every page's key is worked out.
   */
  private static BodyEdits bodyEdits(
      Optional<LastBuild> last,
      Optional<String> settings,
      ReadStage.Changes changes,
      SiteWriter.Look output,
      SiteWriter.Staging staging) {
    if (last.isEmpty()
        || settings.isEmpty()
        || changes.bodyEdits().isEmpty()
        || !settings.get().equals(last.get().settings())
        || !changes.before().equals(last.get().entries())
        || !output.untouchedSiteDigest().equals(Optional.of(last.get().site()))) {
      return null;
    }
    return new BodyEdits(changes.bodyEdits().get(), staging::lastKey);
  }

  /**
   * The fingerprint of this build's inputs for the record, and their stamps ({@link
   * InputFingerprint#trusted}): the settings files looked at now, the story files as the scan saw
   * them, all after the {@code clock} was read; null without a clock.
   */
  private static InputFingerprint.Trusted fingerprint(Inputs inputs, FileTime clock) {
    if (clock == null) {
      return null;
    }
    List<String> stamps = new ArrayList<>(inputs.settingsFiles().size() + inputs.stories().size());
    inputs.settingsFiles().forEach(file -> stamps.add(InputFingerprint.stamp(file, clock)));
    inputs.stories().forEach(story -> stamps.add(InputFingerprint.stamp(story.stat(), clock)));
    return InputFingerprint.trusted(inputs.context(), inputs.files(), stamps);
  }

  /** The trusted stamps of the story files, by path: none without a fingerprint. */
  private static Map<Path, String> stamps(Optional<Inputs> inputs, InputFingerprint.Trusted trusted) {
    Map<Path, String> stamps = new HashMap<>();
    if (inputs.isPresent() && trusted != null) {
      List<Path> files = inputs.get().files();
      for (int i = 0; i < files.size(); i++) {
        if (trusted.stamps().get(i) != null) {
          stamps.put(files.get(i), trusted.stamps().get(i));
        }
      }
    }
    return stamps;
  }

  /**
   * Records this build as the last one, with its page settings and stories' entries, when its
   * inputs have a fingerprint; else forgets the last.
   */
  private void remember(
      Optional<String> inputs,
      Optional<String> settings,
      ReadStage.Changes changes,
      String archive,
      String site,
      BuildReport report) {
    caches.remember(
        inputs.isPresent() && settings.isPresent()
            ? new LastBuild(
                inputs.get(), site, settings.get(), changes.after(), archive, report.stories(), report.people(),
                report.countries(), report.files() + report.unchanged(), report.problems())
            : null);
  }

  /** Hands the rendered files to the staging, counting those written, unchanged and kept. */
  private static final class CountingSink implements OutputSink {
    private final SiteWriter.Staging staging;
    final AtomicInteger written = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger kept = new AtomicInteger();

    CountingSink(SiteWriter.Staging staging) {
      this.staging = staging;
    }

    @Override
    public void add(OutputFile file) {
      count(() -> staging.write(file));
    }

    @Override
    public void add(String path, String key, Body body) {
      count(() -> staging.write(path, key, body));
    }

    @Override
    public boolean keep(String path, String key) {
      try {
        boolean done = staging.keep(path, key);
        if (done) {
          kept.incrementAndGet();
        }
        return done;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A write to the staging, telling whether the file was written (false: already in place). */
    private interface Write {
      boolean wrote() throws IOException;
    }

    private void count(Write write) {
      try {
        (write.wrote() ? written : unchanged).incrementAndGet();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The archive, how many stories came from the cache, and the time reading and assembling took;
   * the saving of the archive to the cache folder, which gives its {@link ArchiveCacheFile} id (null
   * when it was not saved).
   */
  private record Assembled(
      Archive archive,
      int reused,
      ReadStage.Changes changes,
      long readMillis,
      long archiveMillis,
      CompletableFuture<String> archiveSaved) {}

  /**
   * Reads and extracts the stories (through the cache) and assembles the archive. A method of its
   * own so that the stories and the cache are garbage once the archive is made: rendering needs
   * the memory.
   */
  private Assembled readAndAssemble(
      List<SourceScanner.SourceFile> files,
      Map<Path, String> stamps,
      DocumentReader reader,
      CompletableFuture<MetadataExtractor> extractor,
      String settings,
      CacheFolder.Stories stored,
      Optional<LastBuild> last,
      List<Diagnostic> problems)
      throws ContentException, IOException {
    long t0 = System.nanoTime();
    // the related stories' cache is loaded while the stories are read (it never fails: a bad one is empty)
    CompletableFuture<RelationsCacheFile> relationsLoaded = CompletableFuture.supplyAsync(caches::relations);
    Read read = readStories(files, stamps, reader, extractor, settings, stored, problems);
    long t1 = System.nanoTime();
    Archive archive;
    CompletableFuture<String> archiveSaved;
    try {
      LazyStories lazy = read.result().stories();
      ArchiveCacheFile.Saved taken = takenArchive(read.result().changes(), last, relationsLoaded, lazy);
      // a build that takes the archive decodes only the stories whose bodies it renders again
      List<Story> stories = taken != null ? null : lazy.decodeAll();
      List<Diagnostic> warnings = taken != null ? taken.warnings() : duplicateSlugs(stories);
      problems.addAll(warnings);
      if (stops(problems)) {
        problems.addAll(SideThreads.await(read.saved())); // a failed build reports the cache it could not write too
        failUnlessKeepingGoing(problems);
      }
      if (taken != null) {
        archive = taken.archive();
        archiveSaved = CompletableFuture.completedFuture(taken.id());
      } else {
        RelationsCacheFile relations = SideThreads.await(relationsLoaded);
        MetadataExtractor places = SideThreads.await(extractor);
        archive =
            new ArchiveBuilder(places.countries(), places::countryOfPlace)
                .build(stories, relations == null ? RelationsCache.NONE : relations);
        if (relations != null) {
          caches.saveRelations(relations, problems);
        }
        archiveSaved =
            keepsArchive(read.result())
                ? caches.saveArchiveAside(archive, relations == null ? null : relations.givenKey(), warnings)
                : CompletableFuture.completedFuture(null);
      }
    } finally {
      // saved (or not) before the build goes on or stops: never cut off half written
      read.saved().exceptionally(e -> List.of()).join();
    }
    // the build cache's problem, if any, counts from here on in every build, whenever it was met
    problems.addAll(SideThreads.await(read.saved()));
    long t2 = System.nanoTime();
    ReadStage.Result result = read.result();
    return new Assembled(
        archive, result.reused(), result.changes(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, archiveSaved);
  }

  /** The warnings of stories whose slugs another story has too. */
  private static List<Diagnostic> duplicateSlugs(List<Story> stories) {
    List<Diagnostic> warnings = new ArrayList<>();
    for (Slugs.Duplicate d : Slugs.duplicates(stories)) {
      warnings.add(Diagnostic.warning(SourcePos.startOf(d.story().file()), "duplicate-slug", d.message()));
    }
    return warnings;
  }

  /**
   * The {@code last} build's archive with the bodies of {@code stories}, and the warnings its making
   * gave, when the stories differ from that build's in the words of their paragraphs alone (the
   * stories cache held that build's entries when this one started, and every changed story kept
   * its outline): then it is the archive {@link ArchiveBuilder} would make of them. Its relations
   * are the relations' cache's, which holds those of that archive's key. Else null, and the
   * archive is assembled again.
   */
  private ArchiveCacheFile.Saved takenArchive(
      ReadStage.Changes changes,
      Optional<LastBuild> last,
      CompletableFuture<RelationsCacheFile> relationsLoaded,
      LazyStories stories)
      throws IOException {
    if (last.isEmpty()
        || last.get().archive() == null
        || changes.bodyEdits().isEmpty()
        || !changes.before().equals(last.get().entries())) {
      return null;
    }
    // loaded only now that it is known to be the one this build may take
    ArchiveCacheFile.Saved saved = caches.archive(last.get().archive()).orElse(null);
    RelationsCacheFile relationsCache = saved == null ? null : SideThreads.await(relationsLoaded);
    Relations relations = relationsCache == null ? null : relationsCache.loaded(saved.relationsKey());
    if (relations == null) {
      return null;
    }
    Archive outline = saved.archive();
    try {
      Archive archive =
          ArchiveBuilder.withBodies(
              new Archive(outline.articles(), outline.people(), outline.countries(), relations), stories.byFile());
      return new ArchiveCacheFile.Saved(saved.id(), archive, saved.relationsKey(), saved.warnings());
    } catch (IllegalArgumentException e) {
      return null; // not the stories of that archive after all
    }
  }

  /**
   * Whether a build that assembled its archive keeps it for the next one ({@link ArchiveCacheFile}):
   * when it read every story anew (a build from scratch), or its stories changed in the words of
   * their paragraphs alone, as an editor's do from one save to the next. A build after a story came,
   * went or changed otherwise (as when a newsroom adds the day's stories) does not: the next build
   * is likely to be another such, which cannot take it, and keeping it costs a tenth of a second
   * of a core at 10,000 stories.
   */
  private static boolean keepsArchive(ReadStage.Result read) {
    return read.reused() == 0 || read.changes().bodyEdits().isPresent();
  }

  /** The stories as read, and the saving of the build cache: the problem it met, if any. */
  private record Read(ReadStage.Result result, CompletableFuture<List<Diagnostic>> saved) {}

  /**
   * Reads and extracts the stories through the cache, and saves the cache on a thread of its own
   * while the archive is assembled. A method of its own so that the cache is garbage once the
   * stories are read and it is saved, but for the packed records' arrays that the stories' bodies
   * are slices of.
   */
  private Read readStories(
      List<SourceScanner.SourceFile> files,
      Map<Path, String> stamps,
      DocumentReader reader,
      CompletableFuture<MetadataExtractor> extractor,
      String settings,
      CacheFolder.Stories stored,
      List<Diagnostic> problems) throws IOException {
    StoryCache stories = caches.stories(stored);
    String keyContext =
        StoryCache.context(
            StoryCacheFile.FORMAT, CodeVersion.current().orElse("unknown"), settings);
    ReadStage.Result read =
        new ReadStage(reader, extractor::join, stories, keyContext, stamps, storyTimeLimit, progress)
            .read(files);
    problems.addAll(read.problems());
    return new Read(read, caches.saveStoriesAside(stored, stories, files, read.fresh()));
  }

  private Path registryFile() {
    return options.root().resolve("content").resolve("people.yaml");
  }

  /** The text of the site-wide people registry, {@code content/people.yaml}, or null. */
  private String registryText() throws IOException {
    Path file = registryFile();
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
  }

  /**
   * Renders the site into {@code sink}: with page keys when the {@code environment} is known (so
   * that pages made from the last build's inputs are kept; after body edits, taken from the last
   * build where they can be), and with the search index's cache when there is one.
   */
  private void render(
      Archive archive,
      Templates templates,
      SiteConfig config,
      Optional<String> environment,
      BodyEdits edits,
      SearchCacheFile searchCache,
      OutputSink sink)
      throws ContentException {
    if (!Files.isDirectory(options.templates())) {
      throw new ContentException(
          Diagnostic.error(
              SourcePos.startOf(display(options.templates())),
              "template",
              "templates folder not found: expected " + display(options.templates())));
    }
    try {
      SiteRenderer renderer = new SiteRenderer(templates, config);
      if (environment.isPresent()) {
        renderer = renderer.withPageKeys(environment.get(), edits).withSearchCache(searchCache);
      }
      renderer.render(archive, sink);
    } catch (TemplateException e) {
      throw new ContentException(
          Diagnostic.error(
              new SourcePos(display(Path.of(e.file())), Math.max(1, e.line()), 1),
              "template",
              e.getMessage()));
    }
  }

  /**
   * What every page depends on besides its own inputs: the code (the version of the running jar or
   * classes folder) and every file of the templates folder, by name and bytes. Empty when the
   * code's version is unknown (or there is no templates folder): then every page is rendered.
   */
  private Optional<String> renderEnvironment() throws IOException {
    Optional<String> code = CodeVersion.current();
    Path folder = options.templates();
    if (code.isEmpty() || !Files.isDirectory(folder)) {
      return Optional.empty();
    }
    Murmur3 templates = new Murmur3();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        templates.updatePart(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        templates.updatePart(Files.readAllBytes(file));
      }
    }
    return Optional.of(code.get() + " " + templates.hex());
  }

  /** Static files under {@code templates/assets/}, copied to {@code assets/}. */
  private List<OutputFile> assets() throws IOException {
    Path folder = options.templates().resolve("assets");
    List<OutputFile> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
        if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
          String relative = folder.relativize(file).toString().replace('\\', '/');
          out.add(new OutputFile("assets/" + relative, Files.readAllBytes(file)));
        }
      }
    }
    return out;
  }

  /**
   * Stops the build when a problem is an error (or, with {@code strict}, a warning), unless the
   * build keeps going, in which case only problems that leave no site stop it.
   */
  private void failUnlessKeepingGoing(List<Diagnostic> problems) throws ContentException {
    if (stops(problems)) {
      throw new ContentException(sorted(problems));
    }
  }

  /** Whether {@code problems} stop the build (see {@link #failUnlessKeepingGoing}). */
  private boolean stops(List<Diagnostic> problems) {
    return !options.keepGoing() && sorted(problems).stream().anyMatch(d -> d.isError() || options.strict());
  }

  private static List<Diagnostic> sorted(List<Diagnostic> problems) {
    List<Diagnostic> copy;
    synchronized (problems) {
      copy = new ArrayList<>(problems);
    }
    copy.sort(Diagnostic.ORDER);
    return copy;
  }

  private String display(Path path) {
    return DisplayPath.of(options.root(), path);
  }
}
