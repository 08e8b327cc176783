package org.dateline.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.ArticleSummary;
import org.dateline.model.Dateline;
import org.dateline.model.Utf8Text;
import org.dateline.render.OutputFile;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static Article article(int n, String title, String body) {
    return new Article(
        new ArticleSummary(
            "a" + n, "a" + n, "articles/a" + n + ".html", "content/a" + n + ".md", "2024-01-01", title,
            new Dateline(List.of("Astana"), null), List.of(), List.of(), null, List.of(), List.of(),
            body, List.of(new Article.PersonRef("Roman Vassilenko", "roman-vassilenko",
                "people/roman-vassilenko.html", List.of(), List.of())), List.of(), List.of()),
        Utf8Text.of("<p>" + body + "</p>"));
  }

  private static String file(List<OutputFile> files, String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst()
        .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).orElseThrow();
  }

  @Test
  void termsAreFoldedAndStopWordsDropped() {
    assertEquals(List.of("turkiye", "cote", "d", "ivoire", "dprk"), SearchTokens.terms("The Türkiye, Côte d’Ivoire and DPRK"));
  }

  @Test
  void shardOfATermIsStableFnv1a() {
    assertEquals(Integer.remainderUnsigned(0x811c9dc5, 7), SearchTokens.shard("", 7));
    assertEquals(SearchTokens.shard("vassilenko", 13), SearchTokens.shard("vassilenko", 13));
  }

  @Test
  void headlineWordsOutscoreBodyWords() {
    List<OutputFile> files =
        new SearchIndex().render(List.of(article(0, "Harbour news", "Nothing about it."), article(1, "Other", "The harbour is busy.")));
    String terms = file(files, "search/terms-0.js");
    assertTrue(terms.startsWith("DatelineSearch.terms(0,{"), terms);
    String postings = terms.substring(terms.indexOf("\"harbour\":[") + 11);
    String[] numbers = postings.substring(0, postings.indexOf(']')).split(",");
    // stories are numbered oldest first: the headline story, the newest, is story 1
    assertEquals(List.of("0", "1"), List.of(numbers[0], numbers[3]));
    assertTrue(Integer.parseInt(numbers[4]) > Integer.parseInt(numbers[1]), terms);
  }

  @Test
  void aNewStoryChangesOnlyTheLastChunkOfStories() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      articles.add(article(i, "Story " + i, "Ferries sailed " + i + " times."));
    }
    List<OutputFile> before = new SearchIndex().render(articles);
    List<Article> withNew = new ArrayList<>(articles);
    withNew.add(0, article(60, "Today's story", "A new ferry line opened today.")); // newest first
    List<OutputFile> after = new SearchIndex().render(withNew);
    for (String path : List.of("search/docs-0.js", "search/docs-1.js", "search/text-0-0.js", "search/text-1-0.js")) {
      assertEquals(file(before, path), file(after, path), path);
    }
    assertTrue(file(after, "search/docs-2.js").contains("Today's story"));
  }

  @Test
  void largeArchivesAreShardedIntoSmallFiles() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      articles.add(article(i, "Story number " + i, "Words w" + i + " x" + (i % 97) + " y" + (i % 31) + " shared text here"));
    }
    List<OutputFile> files = new SearchIndex().render(articles);
    long shards = files.stream().filter(f -> f.path().startsWith("search/terms-")).count();
    assertTrue(shards > 1, "shards: " + shards);
    for (OutputFile f : files) {
      assertTrue(f.bytes().length < 400_000, f.path() + " is " + f.bytes().length + " bytes");
    }
    assertTrue(file(files, "search/meta.js").contains("\"shards\":" + shards));
  }

  @Test
  void postingsPointAtTheTextBlockOfTheFirstMatch() {
    String body = "word ".repeat(500) + "needle here.";
    List<OutputFile> files = new SearchIndex().render(List.of(article(0, "Title", body)));
    String terms = file(files, "search/terms-0.js");
    String postings = terms.substring(terms.indexOf("\"needle\":[") + 10);
    int block = Integer.parseInt(postings.substring(1, postings.indexOf(']')).split(",")[2]);
    assertEquals(2500 / SearchIndex.BLOCK_CHARS, block, terms);
    int group = block / SearchIndex.BLOCKS_PER_FILE;
    assertTrue(group > 0, "the needle is past the first file's blocks");
    String text = file(files, "search/text-0-" + group + ".js");
    assertTrue(text.startsWith("DatelineSearch.text(0," + group + ",[["), text);
    assertTrue(text.contains("needle here."), text);
    assertFalse(file(files, "search/text-0-0.js").contains("needle"));
    assertEquals("", SearchIndex.block("short", 3));
  }

  @Test
  void aTextFileHoldsARunOfBlocksOfEachStoryWithoutTheEmptyOnesAtItsEnd() {
    int blocks = 2 * SearchIndex.BLOCKS_PER_FILE + 1;
    String longBody = "long ".repeat(blocks * SearchIndex.BLOCK_CHARS / 5 - 2);
    List<OutputFile> files =
        new SearchIndex().render(List.of(article(0, "Long", longBody), article(1, "Short", "A short story.")));
    List<String> texts = files.stream().map(OutputFile::path).filter(p -> p.startsWith("search/text-")).toList();
    assertEquals(List.of("search/text-0-0.js", "search/text-0-1.js", "search/text-0-2.js"), texts);
    String first = file(files, "search/text-0-0.js");
    assertEquals(SearchIndex.BLOCKS_PER_FILE, first.split("\"long", -1).length - 1, "a block starts each of the long story's four");
    assertTrue(first.contains("[\"A short story.\"]"), first);
    String last = file(files, "search/text-0-2.js");
    assertTrue(last.contains("[[],[") || last.contains(",[]]"), "the short story has no blocks there: " + last);
    assertTrue(file(files, "search/meta.js").contains("\"blocksPerFile\":" + SearchIndex.BLOCKS_PER_FILE));
  }

  @Test
  void aWordInEveryStoryKeepsOnlyItsBestScoringStories() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < SearchIndex.MAX_POSTINGS_PER_TERM + 200; i++) {
      articles.add(article(i, "Story " + i, "common " + "filler ".repeat(i % 50)));
    }
    for (int i = 0; i < 2 * SearchIndex.MAX_POSTINGS_PER_TERM; i++) {
      articles.add(article(articles.size(), "Other " + i, "rare"));
    }
    String terms = String.join("", new SearchIndex().render(articles).stream()
        .filter(f -> f.path().startsWith("search/terms-")).map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).toList());
    String postings = terms.substring(terms.indexOf("\"common\":[") + 10);
    String[] numbers = postings.substring(0, postings.indexOf(']')).split(",");
    assertEquals(SearchIndex.MAX_POSTINGS_PER_TERM * 3, numbers.length);
    for (int k = 3; k < numbers.length; k += 3) {
      assertTrue(Integer.parseInt(numbers[k]) > Integer.parseInt(numbers[k - 3]), "postings stay in story order");
    }
    // the shortest stories score best (BM25 favours them); every one of them is kept
    java.util.Set<Integer> kept = new java.util.HashSet<>();
    for (int k = 0; k < numbers.length; k += 3) {
      kept.add(Integer.parseInt(numbers[k]));
    }
    for (int i = 0; i < SearchIndex.MAX_POSTINGS_PER_TERM + 200; i += 50) {
      assertTrue(kept.contains(articles.size() - 1 - i), "story " + i + " (numbered oldest first) is kept");
    }
  }

  @Test
  void storyTextCannotCloseTheScript() {
    List<OutputFile> files = new SearchIndex().render(List.of(article(0, "</script><b>", "x")));
    assertTrue(file(files, "search/docs-0.js").contains("\\u003c/script\\u003e"));
  }
  @Test
  void chunksKnownToTheCacheAreNotReadAgainAndGiveTheSameIndex() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      articles.add(article(i, "Story " + i + " of the harbour", "Ferries sailed " + i + " times to Gozo and Sicily."));
    }
    java.util.Map<String, ChunkTerms> store = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
    SearchCache cache = new SearchCache() {
      @Override
      public ChunkTerms get(String key) {
        ChunkTerms terms = store.get(key);
        if (terms != null) {
          hits.incrementAndGet();
        }
        return terms;
      }

      @Override
      public void put(String key, ChunkTerms terms) {
        store.put(key, terms);
      }
    };
    SearchIndex.Keys keys = (what, context) -> what + ":" + context;
    List<OutputFile> plain = new SearchIndex().render(articles);
    List<OutputFile> first = new SearchIndex(keys, cache).render(articles);
    assertEquals(0, hits.get());
    assertEquals(3, store.size(), "one entry per chunk of " + SearchIndex.DOCS_PER_CHUNK);
    List<OutputFile> second = new SearchIndex(keys, cache).render(articles);
    assertEquals(3, hits.get());
    for (List<OutputFile> files : List.of(first, second)) {
      assertEquals(plain.stream().map(OutputFile::path).toList(), files.stream().map(OutputFile::path).toList());
      for (int i = 0; i < plain.size(); i++) {
        assertEquals(new String(plain.get(i).bytes(), StandardCharsets.UTF_8), new String(files.get(i).bytes(), StandardCharsets.UTF_8));
      }
    }
  }

  /** A sink that remembers the keys of what it was given, and keeps a file given the same key. */
  private static final class KeyedOutput implements org.dateline.render.OutputSink {
    final java.util.Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.Set<String> added = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final java.util.Set<String> kept = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final java.util.Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

    void next() {
      added.clear();
      kept.clear();
    }

    @Override
    public void add(OutputFile file) {
      added.add(file.path());
      texts.put(file.path(), new String(file.bytes(), StandardCharsets.UTF_8));
      if (file.key() != null) {
        keys.put(file.path(), file.key());
      }
    }

    @Override
    public boolean keep(String path, String key) {
      boolean same = key.equals(keys.get(path));
      if (same) {
        kept.add(path);
      }
      return same;
    }
  }

  @Test
  void aShardOfTermsIsKeptWhenItsScoredPostingsAreTheSame() {
    List<Article> articles = storiesOfTheHarbour();
    SearchIndex.Keys keys = (what, context) -> what + ":" + context.get("chunk") + context.get("path") + context.get("postings");
    KeyedOutput out = new KeyedOutput();
    new SearchIndex(keys, null).render(articles, out);
    List<String> shards = out.added.stream().filter(p -> p.startsWith("search/terms-")).sorted().toList();
    assertTrue(shards.size() > 2, shards.toString());

    out.next();
    new SearchIndex(keys, null).render(articles, out);
    assertEquals(java.util.Set.copyOf(shards), java.util.Set.copyOf(out.kept.stream().filter(shards::contains).toList()));
    assertTrue(out.added.stream().noneMatch(shards::contains), out.added.toString());

    // a new word in one story: its shard is written again, the others' postings are as they were
    List<Article> edited = new ArrayList<>(articles);
    edited.set(7, article(7, "Story 7", articles.get(7).excerpt().replace("port7", "zanzibarite")));
    out.next();
    List<OutputFile> plain = new SearchIndex().render(edited);
    new SearchIndex(keys, null).render(edited, out);
    String changed = "search/terms-" + SearchTokens.shard("zanzibarite", shards.size()) + ".js";
    assertTrue(out.added.contains(changed), out.added.toString());
    assertTrue(out.kept.stream().anyMatch(shards::contains), "unchanged shards are kept");
    for (OutputFile file : plain) {
      if (out.kept.contains(file.path())) {
        continue;
      }
      assertTrue(out.added.contains(file.path()), file.path() + " neither kept nor written");
    }
  }

  /**
   * Keys made of the whole context, with the last build's keys of the files as {@link
   * SearchIndex.Keys#last} gives them after body edits, counting the shards whose key is worked
   * out from their scored postings.
   */
  private static final class LastKeys implements SearchIndex.Keys {
    java.util.Map<String, String> last = java.util.Map.of();
    final java.util.concurrent.atomic.AtomicInteger scored = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String of(String what, java.util.Map<String, ?> context) {
      if (what.equals("search terms")) {
        scored.incrementAndGet();
      }
      return what + ":" + context;
    }

    @Override
    public String last(String path) {
      return last.get(path);
    }
  }

  /** Shards of about this many postings: some tens of shards for the stories of the harbour. */
  private static final int SMALL_SHARDS = 500;

  /** A cache in memory. */
  private static SearchCache cacheInMemory() {
    java.util.Map<String, ChunkTerms> store = new java.util.concurrent.ConcurrentHashMap<>();
    return new SearchCache() {
      @Override
      public ChunkTerms get(String key) {
        return store.get(key);
      }

      @Override
      public void put(String key, ChunkTerms terms) {
        store.put(key, terms);
      }
    };
  }

  private static List<Article> storiesOfTheHarbour() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      StringBuilder body = new StringBuilder("Ferries sailed to port" + i);
      for (int w = 0; w < 30; w++) {
        body.append(" cargo").append(i).append('x').append(w);
      }
      articles.add(article(i, "Story " + i, body.toString()));
    }
    return articles;
  }

  /**
   * Indexes {@code before}, then {@code after} as a build that knows the last build's keys, and
   * checks that every file is as an index of {@code after} made from scratch has it; gives how many
   * shards were scored again, of how many.
   */
  private static int[] shardsScoredAfter(List<Article> before, List<Article> after) {
    LastKeys keys = new LastKeys();
    SearchCache cache = cacheInMemory();
    KeyedOutput out = new KeyedOutput();
    new SearchIndex(keys, cache, SMALL_SHARDS).render(before, out);
    keys.last = java.util.Map.copyOf(out.keys);
    keys.scored.set(0);
    out.next();
    new SearchIndex(keys, cache, SMALL_SHARDS).render(after, out);
    List<OutputFile> fromScratch = new SearchIndex(null, null, SMALL_SHARDS).render(after);
    for (OutputFile file : fromScratch) {
      assertTrue(out.added.contains(file.path()) || out.kept.contains(file.path()), file.path() + " neither kept nor written");
      assertEquals(new String(file.bytes(), StandardCharsets.UTF_8), out.texts.get(file.path()), file.path());
    }
    long shards = fromScratch.stream().filter(f -> f.path().startsWith("search/terms-")).count();
    return new int[] {keys.scored.get(), (int) shards};
  }

  @Test
  void afterABodyEditOnlyTheShardsOfTheStorysTermsAreScoredAgain() {
    List<Article> articles = storiesOfTheHarbour();
    List<Article> edited = new ArrayList<>(articles);
    // words of other stories: their postings, and the story's length, change
    edited.set(7, article(7, "Story 7", articles.get(7).excerpt() + " cargo12x3 cargo13x4 harbour"));
    int[] scored = shardsScoredAfter(articles, edited);
    java.util.Set<Integer> storysShards = new java.util.HashSet<>();
    for (Article story : List.of(articles.get(7), edited.get(7))) {
      String fields = story.title() + " Astana Roman Vassilenko " + story.excerpt();
      SearchTokens.terms(fields).forEach(term -> storysShards.add(SearchTokens.shard(term, scored[1])));
    }
    assertTrue(storysShards.size() < scored[1], storysShards.size() + " of " + scored[1] + " shards");
    assertEquals(storysShards.size(), scored[0]);
  }

  @Test
  void aBodyEditThatMovesTheAverageLengthScoresEveryShardAgain() {
    List<Article> articles = storiesOfTheHarbour();
    List<Article> edited = new ArrayList<>(articles);
    // 600 words more in one of 600 stories: the average grows by one
    edited.set(7, article(7, "Story 7", articles.get(7).excerpt() + " cargo12x3".repeat(600)));
    int[] scored = shardsScoredAfter(articles, edited);
    assertEquals(scored[1], scored[0]);
  }

  @Test
  void withoutTheLastBuildsKeysEveryShardIsScored() {
    List<Article> articles = storiesOfTheHarbour();
    LastKeys keys = new LastKeys();
    new SearchIndex(keys, cacheInMemory(), SMALL_SHARDS).render(articles, new KeyedOutput());
    assertEquals(new SearchIndex(null, null, SMALL_SHARDS).render(articles).stream().filter(f -> f.path().startsWith("search/terms-")).count(), keys.scored.get());
  }
}
