package org.dateline.render.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.dateline.digest.Murmur3;
import org.dateline.model.Article;
import org.dateline.parallel.Parallel;
import org.dateline.render.OutputFile;
import org.dateline.render.OutputSink;
import org.dateline.render.json.Json;

/**
 * A full-text index of the archive for the search page, written as script files so that it
 * loads from {@code file://} as well as from any host. Terms are spread over shards by hash and
 * stories over small chunks, so a query downloads only the shards of its terms and the chunks of
 * the stories it shows, however large the archive. Scores are BM25 over the headline (weighted
 * 3), dateline, people and countries (2) and body (1), computed here; the page only adds them up.
 * Stories are numbered oldest first, so that adding today's story changes only the last chunk.
 *
 * <p>Files: {@code search/meta.js}; {@code search/terms-N.js} (for each term: story, score and
 * the block of the story's text where the term first appears); {@code search/docs-N.js} (headline,
 * address, date, dateline, people and opening words of 25 stories); {@code search/text-N-G.js}
 * (for each of those 25 stories, the G-th run of {@value #BLOCKS_PER_FILE} blocks of its text,
 * {@value #BLOCK_CHARS} characters each), so that a result's snippet shows its match without
 * loading whole stories.
 */
public final class SearchIndex {
  static final int DOCS_PER_CHUNK = 25;
  /**
   * About 16 KB of scores a shard: a query downloads the shard of each of its words, and after an
   * edit of one story, whose words fall in a few hundred shards, most of an archive's shards are
   * kept as they are, neither decoded nor scored (at 10,000 stories, about a thousand shards).
   */
  static final int POSTINGS_PER_SHARD = 2_000;
  /**
   * A term found in more stories keeps only its best-scoring ones: such a word says little about
   * a story, and its list would otherwise make its shard large.
   */
  static final int MAX_POSTINGS_PER_TERM = 1_500;
  static final int LEDE_CHARS = 240;
  static final int BLOCK_CHARS = 480;
  /**
   * Blocks of each story in one text file: a few, so that the snippets of a page of results come
   * in a few files of moderate size (most stories fit in the first), and an archive is not spread
   * over one small file per block (as many files as stories, for stories of average length).
   */
  static final int BLOCKS_PER_FILE = 4;
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final Json json = new Json();
  private final Keys keys;
  private final SearchCache cache;
  private final int postingsPerShard;

  /**
   * The keys of the index's files, as {@code PageKeys} gives them: they must name the code too.
   */
  @FunctionalInterface
  public interface Keys {
    /**
     * The key of a file made from {@code context} by {@code what}: "search terms", a shard of
     * terms, from the digest of its scored postings.
     */
    String of(String what, Map<String, ?> context);

    /**
     * The key of the file at {@code path} made from {@code context} by {@code what}: "search
     * chunk", a chunk of stories (see {@link SearchCache}). It may be the last build's key of the
     * file when none of the stories changed; by default it is worked out.
     */
    default String of(String path, String what, Map<String, ?> context) {
      return of(what, context);
    }

    /**
     * The last build's key of the file at {@code path} when this build knows that its archive
     * differs from that build's only in the bodies of some stories, else null.
     */
    default String last(String path) {
      return null;
    }
  }

  /** An index that reads every chunk of stories. */
  public SearchIndex() {
    this(null, null);
  }

  /**
   * An index that takes the terms of a chunk whose key {@code cache} knows from there, and keeps
   * the files of a chunk, and the shards of terms, as they are when the output holds them made
   * from the same key.
   */
  public SearchIndex(Keys keys, SearchCache cache) {
    this(keys, cache, POSTINGS_PER_SHARD);
  }

  /** An index with shards of about {@code postingsPerShard} postings (small ones, for tests). */
  SearchIndex(Keys keys, SearchCache cache, int postingsPerShard) {
    this.keys = keys;
    this.cache = cache;
    this.postingsPerShard = postingsPerShard;
  }

  /** The postings of one term: triples of story number, weighted frequency, first block. */
  private static final class Postings {
    int[] data = new int[6];
    int size;

    void add(int doc, int weight, int block) {
      if (size > 0 && data[size - 3] == doc) {
        data[size - 2] += weight;
        return;
      }
      grow(3);
      data[size++] = doc;
      data[size++] = weight;
      data[size++] = block;
    }

    private void grow(int more) {
      if (size + more > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
      }
    }
  }

  /**
   * The postings of one term in the whole archive: its chunks' encoded postings where they are
   * (see {@link ChunkTerms}), not decoded or copied together, each with the number of its chunk's
   * first story.
   */
  private static final class Merged {
    byte[][] parts = new byte[1][];
    /** Per part: where its postings start and end, its number of triples, its chunk's first story. */
    int[] bounds = new int[4];
    int count;
    int docs;

    void add(ChunkTerms chunk, int t, int start) {
      if (count == parts.length) {
        parts = Arrays.copyOf(parts, 2 * count);
        bounds = Arrays.copyOf(bounds, 8 * count);
      }
      parts[count] = chunk.postings();
      bounds[4 * count] = chunk.from(t);
      bounds[4 * count + 1] = chunk.to(t);
      bounds[4 * count + 2] = chunk.count(t);
      bounds[4 * count + 3] = start;
      count++;
      docs += chunk.count(t);
    }

    /** A reader of the postings of part {@code k}. */
    ChunkTerms.Reader read(int k, ChunkTerms.Reader reader) {
      return reader.of(parts[k], bounds[4 * k], bounds[4 * k + 1]);
    }

    /** The number of triples of part {@code k}. */
    int size(int k) {
      return bounds[4 * k + 2];
    }

    /** The number of the first story of part {@code k}'s chunk. */
    int start(int k) {
      return bounds[4 * k + 3];
    }

    int docs() {
      return docs;
    }
  }

  /** The index's files, in a list (for tests and small archives). */
  public List<OutputFile> render(List<Article> articles) {
    List<OutputFile> out = java.util.Collections.synchronizedList(new ArrayList<>());
    render(articles, out::add);
    out.sort(java.util.Comparator.comparing(OutputFile::path));
    return out;
  }

  /**
   * The terms of chunk {@code chunk} now and as the last build had them: the same object when the
   * chunk is unchanged, null when that build's terms are not known.
   */
  record Chunk(int chunk, ChunkTerms terms, ChunkTerms before) {
    boolean changed() {
      return before != terms;
    }
  }

  /**
   * Writes the index's files to {@code out}. The chunks of stories are read on all cores, each
   * writing its own files and giving back its terms; these are merged in story order, so that
   * only the terms, not the stories' text, are held until the end.
   */
  public void render(List<Article> newestFirst, OutputSink out) {
    List<Article> articles = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(articles); // numbered oldest first: see the class comment
    int n = articles.size();
    Map<String, Merged> index = new HashMap<>();
    int[] lengths = new int[n];
    int chunks = (n + DOCS_PER_CHUNK - 1) / DOCS_PER_CHUNK;
    // with the last build's keys, shards may be kept: then the terms are merged once it is known
    // which, and only those of the other shards (most terms, after an edit of a few stories, are
    // never decoded); else as the chunks come
    boolean mayKeep = keys != null && chunks > 0 && keys.last(docsFile(0)) != null;
    List<Chunk> all = new ArrayList<>();
    List<Chunk> changed = new ArrayList<>();
    long[] postings = {0};
    BitSet none = new BitSet();
    IntStream.range(0, chunks)
        .parallel()
        .mapToObj(chunk -> readChunk(articles, chunk, out))
        .forEachOrdered(read -> {
          ChunkTerms terms = read.terms();
          System.arraycopy(terms.lengths(), 0, lengths, read.chunk() * DOCS_PER_CHUNK, terms.lengths().length);
          postings[0] += terms.postingCount();
          if (read.changed()) {
            changed.add(read);
          }
          if (mayKeep) {
            all.add(read);
          } else {
            merge(index, read, none, 1);
          }
        });
    int avg = averageLength(lengths);
    int shards = shardCount(postings[0], postingsPerShard);
    BitSet kept = mayKeep ? keptShards(changed, chunks, lengths, postings[0], shards, avg, out) : new BitSet();
    for (Chunk chunk : all) {
      merge(index, chunk, kept, shards);
    }
    List<TreeMap<String, Merged>> shardMaps = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      shardMaps.add(new TreeMap<>());
    }
    index.forEach((term, p) -> shardMaps.get(SearchTokens.shard(term, shards)).put(term, p));
    Map<String, Object> meta = new TreeMap<>();
    meta.put("shards", shards);
    meta.put("chunk", DOCS_PER_CHUNK);
    meta.put("docs", n);
    meta.put("block", BLOCK_CHARS);
    meta.put("blocksPerFile", BLOCKS_PER_FILE);
    meta.put("stopWords", new TreeSet<>(SearchTokens.STOP_WORDS));
    out.add(script("search/meta.js", "meta(", meta, null));
    Scorer scorer = new Scorer(n, lengths, avg);
    Parallel.forEach(shards, i -> {
      if (!kept.get(i)) {
        writeShard(i, shardMaps.get(i), scorer, out);
      }
    });
  }

  /**
   * The shards of terms kept as the last build wrote them, without scoring their postings: when
   * this build knows that the archive differs from that build's only in the bodies of some stories
   * (see {@link Keys#last}), the shards that hold none of the terms of the stories whose terms
   * changed, as long as the number of stories and shards and the average length are the same.
   */
  private BitSet keptShards(List<Chunk> changed, int chunks, int[] lengths, long postings, int shards, int avg, OutputSink out) {
    BitSet kept = new BitSet(shards);
    if (keys.last(docsFile(chunks)) != null) { // the last build had more chunks
      return kept;
    }
    BitSet unchanged = new ShardChanges(changed, lengths, postings, postingsPerShard, shards, avg).unchanged();
    for (int i = unchanged.nextSetBit(0); i >= 0; i = unchanged.nextSetBit(i + 1)) {
      String path = termsFile(i);
      String last = keys.last(path);
      if (last != null && out.keep(path, last)) {
        kept.set(i);
      }
    }
    return kept;
  }

  /** The path of shard {@code i} of the terms. */
  private static String termsFile(int i) {
    return "search/terms-" + i + ".js";
  }

  /** Adds the terms of {@code chunk} to {@code index}, but those of the {@code kept} shards. */
  private static void merge(Map<String, Merged> index, Chunk chunk, BitSet kept, int shards) {
    ChunkTerms terms = chunk.terms();
    int start = chunk.chunk() * DOCS_PER_CHUNK;
    for (int t = 0; t < terms.size(); t++) {
      if (kept.isEmpty() || !kept.get(terms.shard(t, shards))) {
        index.computeIfAbsent(terms.term(t), k -> new Merged()).add(terms, t, start);
      }
    }
  }

  /** The number of shards of an index of so many postings, about so many a shard. */
  static int shardCount(long postings, int perShard) {
    return (int) Math.max(1, (postings + perShard - 1) / perShard);
  }

  /**
   * The average weighted length of the stories, to the nearest whole term (at least 1): BM25
   * normalises each story's length by it, and rounded, it stays the same after most edits, so that
   * only the scores of the edited stories change, and shards without their terms stay as they are.
   */
  static int averageLength(int[] lengths) {
    long sum = 0;
    for (int length : lengths) {
      sum += length;
    }
    return (int) Math.max(1, lengths.length == 0 ? 1 : Math.round((double) sum / lengths.length));
  }

  /**
   * Shard {@code i} of the terms, kept as it is when the output holds it made from the same
   * scored postings: after an edit, most shards score their stories as before, and comparing
   * their numbers is much cheaper than writing them out and comparing the bytes.
   */
  private void writeShard(int i, TreeMap<String, Merged> shard, Scorer scorer, OutputSink out) {
    String path = termsFile(i);
    List<int[]> scored = new ArrayList<>(shard.size());
    for (Merged p : shard.values()) {
      scored.add(scorer.scored(p));
    }
    String key = keys == null ? null : keys.of("search terms", Map.of("path", path, "postings", digest(shard.keySet(), scored)));
    if (key == null || !out.keep(path, key)) {
      Map<String, int[]> terms = new LinkedHashMap<>();
      java.util.Iterator<int[]> postings = scored.iterator();
      shard.keySet().forEach(term -> terms.put(term, postings.next()));
      out.add(script(path, "terms(" + i + ",", terms, key));
    }
  }

  /** The digest of a shard's terms and their scored postings. */
  private static String digest(Set<String> terms, List<int[]> scored) {
    Murmur3 hash = new Murmur3();
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(0);
    java.util.Iterator<int[]> postings = scored.iterator();
    for (String term : terms) {
      hash.updatePart(term.getBytes(StandardCharsets.UTF_8));
      int[] triples = postings.next();
      int size = 4 * (triples.length + 1);
      if (bytes.capacity() < size) {
        bytes = java.nio.ByteBuffer.allocate(Math.max(size, 2 * bytes.capacity()));
      }
      // the count, then the numbers, each in four bytes, high byte first: copied in bulk
      bytes.clear();
      bytes.putInt(triples.length);
      bytes.asIntBuffer().put(triples);
      hash.update(bytes.array(), 0, size);
    }
    return hash.hex();
  }

  /**
   * The terms of chunk {@code chunk}: from the cache when it knows the chunk's key, else read from
   * its stories. The chunk's docs and text files are kept as they are when the output holds them
   * made from the same key, else written (from the stories' text alone when the terms are known).
   */
  private Chunk readChunk(List<Article> articles, int chunk, OutputSink out) {
    int start = chunk * DOCS_PER_CHUNK;
    List<Article> stories = articles.subList(start, Math.min(articles.size(), start + DOCS_PER_CHUNK));
    String key =
        keys == null ? null : keys.of(docsFile(chunk), "search chunk", Map.of("chunk", chunk, "stories", stories));
    String last = keys == null ? null : keys.last(docsFile(chunk));
    ChunkTerms cached = key == null || cache == null ? null : cache.get(key);
    Set<String> kept = new HashSet<>();
    if (cached != null) {
      for (String path : files(chunk, cached.blocks())) {
        if (out.keep(path, key)) {
          kept.add(path);
        }
      }
      if (kept.size() == textFiles(cached.blocks()) + 1) {
        return new Chunk(chunk, cached, before(key, last, cached));
      }
    }
    List<String> texts = stories.stream().map(SearchIndex::bodyText).toList();
    ChunkTerms terms = cached != null ? cached : terms(stories, texts);
    renderChunk(stories, chunk, texts, terms.blocks(), key, kept, out);
    if (cached == null && key != null && cache != null) {
      cache.put(key, terms);
    }
    return new Chunk(chunk, terms, before(key, last, terms));
  }

  /**
   * The terms the last build took from a chunk whose key was {@code last} and now is {@code key},
   * with {@code terms}: these very terms when the key is the same, else the cache's, or null.
   */
  private ChunkTerms before(String key, String last, ChunkTerms terms) {
    if (last == null || cache == null) {
      return null;
    }
    return last.equals(key) ? terms : cache.peek(last);
  }

  /** The terms of {@code stories}, whose body texts are {@code texts}. */
  private static ChunkTerms terms(List<Article> stories, List<String> texts) {
    Map<String, Postings> index = new HashMap<>();
    int[] lengths = new int[stories.size()];
    int blocks = 0;
    for (int d = 0; d < stories.size(); d++) {
      Article a = stories.get(d);
      int doc = d;
      int[] length = {0};
      SearchTokens.TermSink fields =
          (term, offset) -> {
            index.computeIfAbsent(term, k -> new Postings()).add(doc, 2, 0);
            length[0] += 2;
          };
      SearchTokens.forEachTerm(a.title(), (term, offset) -> {
        index.computeIfAbsent(term, k -> new Postings()).add(doc, 3, 0);
        length[0] += 3;
      });
      SearchTokens.forEachTerm(String.join(" ", a.dateline().places()), fields);
      for (Article.PersonRef p : a.people()) {
        SearchTokens.forEachTerm(p.name(), fields);
      }
      for (Article.CountryRef c : a.countries()) {
        SearchTokens.forEachTerm(c.name(), fields);
      }
      String text = texts.get(d);
      blocks = Math.max(blocks, blockOf(text.length()) + 1);
      SearchTokens.forEachTerm(text, (term, offset) -> {
        index.computeIfAbsent(term, k -> new Postings()).add(doc, 1, blockOf(offset));
        length[0] += 1;
      });
      lengths[d] = length[0];
    }
    List<String> terms = new ArrayList<>(index.size());
    List<int[]> postings = new ArrayList<>(index.size());
    index.forEach((term, p) -> {
      terms.add(term);
      postings.add(Arrays.copyOf(p.data, p.size));
    });
    return new ChunkTerms(lengths, blocks, terms, postings);
  }

  /** The paths of chunk {@code chunk}'s files: its docs, then each file of its text's blocks. */
  private static List<String> files(int chunk, int blocks) {
    List<String> paths = new ArrayList<>();
    paths.add(docsFile(chunk));
    for (int file = 0; file < textFiles(blocks); file++) {
      paths.add("search/text-" + chunk + "-" + file + ".js");
    }
    return paths;
  }

  /** The path of chunk {@code chunk}'s docs file. */
  private static String docsFile(int chunk) {
    return "search/docs-" + chunk + ".js";
  }

  /** How many text files hold {@code blocks} blocks. */
  private static int textFiles(int blocks) {
    return (blocks + BLOCKS_PER_FILE - 1) / BLOCKS_PER_FILE;
  }

  /**
   * The docs and text files of chunk {@code chunk}, whose stories' texts are {@code texts}, but
   * those in {@code kept}.
   */
  private void renderChunk(
      List<Article> stories, int chunk, List<String> texts, int blocks, String key, Set<String> kept, OutputSink out) {
    List<String> paths = files(chunk, blocks);
    if (!kept.contains(paths.get(0))) {
      List<List<Object>> docs = new ArrayList<>();
      for (int k = 0; k < texts.size(); k++) {
        Article a = stories.get(k);
        docs.add(
            List.of(
                a.title(),
                a.url(),
                a.date() == null ? "" : a.date(),
                String.join(" / ", a.dateline().places()),
                String.join(", ", a.people().stream().map(Article.PersonRef::name).toList()),
                lede(texts.get(k))));
      }
      out.add(script(paths.get(0), "docs(" + chunk + ",", docs, key));
    }
    for (int file = 0; file < textFiles(blocks); file++) {
      if (kept.contains(paths.get(file + 1))) {
        continue;
      }
      List<List<String>> parts = new ArrayList<>();
      for (String text : texts) {
        parts.add(blocks(text, file * BLOCKS_PER_FILE, Math.min(blocks, (file + 1) * BLOCKS_PER_FILE)));
      }
      out.add(script(paths.get(file + 1), "text(" + chunk + "," + file + ",", parts, key));
    }
  }

  /** Blocks {@code from} to {@code to} (exclusive) of a text, but the empty ones at its end. */
  private static List<String> blocks(String text, int from, int to) {
    List<String> blocks = new ArrayList<>(to - from);
    for (int b = from; b < to; b++) {
      blocks.add(block(text, b));
    }
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).isEmpty()) {
      blocks.remove(blocks.size() - 1);
    }
    return blocks;
  }

  /**
   * Scores terms' postings with BM25 over the archive's story lengths: the part of each score
   * that depends on the story alone is worked out once a story. Thread-safe.
   */
  private static final class Scorer {
    private final int n;
    /** Per story: K1 times its length's weight, {@code K1 * (1 - B + B * length / avg)}. */
    private final double[] norms;

    Scorer(int n, int[] lengths, int avg) {
      this.n = n;
      this.norms = new double[lengths.length];
      for (int doc = 0; doc < lengths.length; doc++) {
        double length = lengths[doc];
        norms[doc] = K1 * (1 - B + B * length / avg);
      }
    }

    /**
     * A term's postings as triples of story, BM25 score (x100) and first block, in story order: at
     * most {@value #MAX_POSTINGS_PER_TERM}, the best-scoring ones.
     */
    int[] scored(Merged p) {
      double idf = Math.log(1 + (n - p.docs() + 0.5) / (p.docs() + 0.5));
      ChunkTerms.Reader reader = new ChunkTerms.Reader();
      if (p.docs() <= MAX_POSTINGS_PER_TERM) { // all kept: scored as they are read
        int[] triples = new int[3 * p.docs()];
        int at = 0;
        for (int k = 0; k < p.count; k++) {
          p.read(k, reader);
          int start = p.start(k);
          for (int left = p.size(k); left > 0; left--) {
            int doc = start + reader.next();
            triples[at++] = doc;
            triples[at++] = (int) score(idf, reader.next(), doc);
            triples[at++] = reader.next();
          }
        }
        return triples;
      }
      long[] scored = new long[p.docs()];
      int j = 0;
      for (int k = 0; k < p.count; k++) {
        p.read(k, reader);
        int start = p.start(k);
        for (int end = j + p.size(k); j < end; j++) {
          int doc = start + reader.next();
          long score = score(idf, reader.next(), doc);
          reader.next(); // the block
          scored[j] = (score << 32) | j;
        }
      }
      // the best ones by score (each value unique: its position is in its low half), in story order
      long least = least(scored, p.docs(), MAX_POSTINGS_PER_TERM);
      int[] triples = new int[3 * MAX_POSTINGS_PER_TERM];
      int at = 0;
      j = 0;
      for (int k = 0; k < p.count; k++) {
        p.read(k, reader);
        int start = p.start(k);
        for (int end = j + p.size(k); j < end; j++) {
          int doc = start + reader.next();
          reader.next(); // the frequency
          int block = reader.next();
          if (scored[j] >= least) {
            triples[at++] = doc;
            triples[at++] = (int) (scored[j] >>> 32);
            triples[at++] = block;
          }
        }
      }
      return triples;
    }

    /** The BM25 score (x100, at least 1) of a term of weighted frequency {@code f} in story {@code doc}. */
    private long score(double idf, double f, int doc) {
      return Math.max(1, Math.round(100 * idf * f * (K1 + 1) / (f + norms[doc])));
    }
  }

  /**
   * The {@code keep}-th largest of the first {@code count} {@code values} (distinct; each a score,
   * at least 1, in the high half and a position in the low half), found without sorting them: by counting the values of
   * each score, then among those of the lowest score kept, the highest positions.
   */
  static long least(long[] values, int count, int keep) {
    int top = 0;
    for (int i = 0; i < count; i++) {
      top = Math.max(top, (int) (values[i] >>> 32));
    }
    int[] counts = new int[top + 1];
    for (int i = 0; i < count; i++) {
      counts[(int) (values[i] >>> 32)]++;
    }
    int score = top;
    int above = 0; // values of a higher score than this one
    while (above + counts[score] < keep) {
      above += counts[score];
      score--;
    }
    int skip = counts[score] - (keep - above); // of this score, the lowest positions are left out
    for (int i = 0; i < count; i++) { // in position order
      if ((int) (values[i] >>> 32) == score && skip-- == 0) {
        return values[i];
      }
    }
    throw new IllegalArgumentException("fewer than " + keep + " values");
  }

  /**
   * The block of a word starting at {@code offset}: blocks are {@value #BLOCK_CHARS} characters,
   * each extended to the end of the word it would cut (see {@link #block}).
   */
  static int blockOf(int offset) {
    return offset == 0 ? 0 : (offset - 1) / BLOCK_CHARS;
  }

  /**
   * Block {@code b} of a text: its characters from {@code b * BLOCK_CHARS}, extended to the end of
   * the word so that no word is cut in two (the next block starts after that word).
   */
  static String block(String text, int b) {
    int start = wordEnd(text, b * BLOCK_CHARS);
    int end = wordEnd(text, (b + 1) * BLOCK_CHARS);
    return start >= end ? "" : text.substring(start, end).strip();
  }

  private static int wordEnd(String text, int at) {
    if (at <= 0) {
      return 0;
    }
    int i = Math.min(at, text.length());
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String bodyText(Article a) {
    return HtmlText.of(a.body().toByteArray());
  }

  private static String lede(String text) {
    return text.length() <= LEDE_CHARS ? text : text.substring(0, wordEnd(text, LEDE_CHARS)) + "…";
  }

  /**
   * A script that hands the JSON of {@code value} to the page, {@code DatelineSearch.call json);},
   * made from inputs with this {@code key} (or null).
   */
  private OutputFile script(String path, String call, Object value, String key) {
    // most files, 25 stories' opening words or blocks of text, take 10 to 50 KB
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 << 10);
    try {
      bytes.write(("DatelineSearch." + call).getBytes(StandardCharsets.UTF_8));
      json.writeForScript(bytes, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write(')');
    bytes.write(';');
    bytes.write('\n');
    return new OutputFile(path, bytes.toByteArray(), key);
  }
}
