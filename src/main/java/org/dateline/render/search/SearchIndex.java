package org.dateline.render.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.model.Article;
import org.dateline.render.OutputFile;
import org.dateline.render.json.Json;

/**
 * A full-text index of the archive for the search page, written as script files so that it
 * loads from {@code file://} as well as from any host. Terms are spread over shards by hash and
 * stories over small chunks, so a query downloads only the shards of its terms and the chunks of
 * the stories it shows, however large the archive. Scores are BM25 over the headline (weighted
 * 3), dateline, people and countries (2) and body (1), computed here; the page only adds them up.
 *
 * <p>Files: {@code search/meta.js}; {@code search/terms-N.js} (for each term: story, score and
 * the block of the story's text where the term first appears); {@code search/docs-N.js} (headline,
 * address, date, dateline, people and opening words of 25 stories); {@code search/text-N-B.js}
 * (block B, {@value #BLOCK_CHARS} characters, of the text of those 25 stories), so that a result's
 * snippet shows its match without loading whole stories.
 */
public final class SearchIndex {
  static final int DOCS_PER_CHUNK = 25;
  static final int POSTINGS_PER_SHARD = 12_000;
  static final int LEDE_CHARS = 240;
  static final int BLOCK_CHARS = 480;
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final Json json = new Json();

  public List<OutputFile> render(List<Article> articles) {
    Map<String, Map<Integer, Integer>> tf = new TreeMap<>();
    Map<String, Map<Integer, Integer>> firstBlock = new HashMap<>();
    List<String> texts = new ArrayList<>();
    int[] lengths = new int[articles.size()];
    for (int doc = 0; doc < articles.size(); doc++) {
      Article a = articles.get(doc);
      lengths[doc] += add(tf, doc, a.title(), 3);
      lengths[doc] += add(tf, doc, String.join(" ", a.dateline().places()), 2);
      for (Article.PersonRef p : a.people()) {
        lengths[doc] += add(tf, doc, p.name(), 2);
      }
      for (Article.CountryRef c : a.countries()) {
        lengths[doc] += add(tf, doc, c.name(), 2);
      }
      String text = bodyText(a);
      texts.add(text);
      lengths[doc] += add(tf, doc, text, 1);
      recordBlocks(firstBlock, doc, text);
    }
    double avg = 0;
    for (int len : lengths) {
      avg += len;
    }
    avg = Math.max(1, avg / Math.max(1, lengths.length));
    long postings = tf.values().stream().mapToLong(Map::size).sum();
    int shards = (int) Math.max(1, (postings + POSTINGS_PER_SHARD - 1) / POSTINGS_PER_SHARD);
    List<Map<String, List<Integer>>> shardMaps = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      shardMaps.add(new TreeMap<>());
    }
    int n = articles.size();
    for (Map.Entry<String, Map<Integer, Integer>> e : tf.entrySet()) {
      Map<Integer, Integer> docs = e.getValue();
      double idf = Math.log(1 + (n - docs.size() + 0.5) / (docs.size() + 0.5));
      List<Integer> list = new ArrayList<>();
      for (Map.Entry<Integer, Integer> d : new TreeMap<>(docs).entrySet()) {
        double f = d.getValue();
        double score = idf * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths[d.getKey()] / avg));
        list.add(d.getKey());
        list.add((int) Math.max(1, Math.round(score * 100)));
        list.add(firstBlock.getOrDefault(e.getKey(), Map.of()).getOrDefault(d.getKey(), 0));
      }
      shardMaps.get(SearchTokens.shard(e.getKey(), shards)).put(e.getKey(), list);
    }
    List<OutputFile> out = new ArrayList<>();
    Map<String, Object> meta = new TreeMap<>();
    meta.put("shards", shards);
    meta.put("chunk", DOCS_PER_CHUNK);
    meta.put("docs", n);
    meta.put("block", BLOCK_CHARS);
    meta.put("stopWords", new java.util.TreeSet<>(SearchTokens.STOP_WORDS));
    out.add(script("search/meta.js", "meta", meta));
    for (int i = 0; i < shards; i++) {
      out.add(script("search/terms-" + i + ".js", "terms(" + i + ",", shardMaps.get(i)));
    }
    for (int start = 0, chunk = 0; start < n; start += DOCS_PER_CHUNK, chunk++) {
      List<List<Object>> docs = new ArrayList<>();
      for (int doc = start; doc < Math.min(n, start + DOCS_PER_CHUNK); doc++) {
        Article a = articles.get(doc);
        docs.add(
            List.of(
                a.title(),
                a.url(),
                a.date() == null ? "" : a.date(),
                String.join(" / ", a.dateline().places()),
                String.join(", ", a.people().stream().map(Article.PersonRef::name).toList()),
                lede(texts.get(doc))));
      }
      out.add(script("search/docs-" + chunk + ".js", "docs(" + chunk + ",", docs));
      int end = Math.min(n, start + DOCS_PER_CHUNK);
      int blocks = 0;
      for (int doc = start; doc < end; doc++) {
        blocks = Math.max(blocks, (texts.get(doc).length() + BLOCK_CHARS - 1) / BLOCK_CHARS);
      }
      for (int block = 0; block < blocks; block++) {
        List<String> parts = new ArrayList<>();
        for (int doc = start; doc < end; doc++) {
          parts.add(block(texts.get(doc), block));
        }
        out.add(script("search/text-" + chunk + "-" + block + ".js", "text(" + chunk + "," + block + ",", parts));
      }
    }
    return out;
  }

  /** For each term of {@code text}, the block where it first appears. */
  private static void recordBlocks(Map<String, Map<Integer, Integer>> firstBlock, int doc, String text) {
    for (int block = 0; block * BLOCK_CHARS < text.length(); block++) {
      for (String t : SearchTokens.terms(block(text, block))) {
        firstBlock.computeIfAbsent(t, k -> new HashMap<>()).putIfAbsent(doc, block);
      }
    }
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

  private static int add(Map<String, Map<Integer, Integer>> tf, int doc, String text, int weight) {
    List<String> terms = SearchTokens.terms(text);
    for (String t : terms) {
      tf.computeIfAbsent(t, k -> new HashMap<>()).merge(doc, weight, Integer::sum);
    }
    return terms.size() * weight;
  }

  private static String bodyText(Article a) {
    return a.bodyHtml().replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
  }

  private static String lede(String text) {
    return text.length() <= LEDE_CHARS ? text : text.substring(0, wordEnd(text, LEDE_CHARS)) + "…";
  }

  /** A script that hands {@code value} to the page: {@code DatelineSearch.call value);}. */
  private OutputFile script(String path, String call, Object value) {
    String body = json.write(value, false).replace("<", "\\u003c").replace(">", "\\u003e");
    String open = call.endsWith(",") ? call : call + "(";
    return OutputFile.text(
        path, String.format(Locale.ROOT, "DatelineSearch.%s%s);\n", open, body));
  }
}
