package org.dateline.render.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search terms, the same way here and in {@code assets/search.js}: Unicode
 * NFKD, accents removed, lower case, split on anything that is not a letter or digit, common
 * English words dropped. Terms are put in shards by an FNV-1a hash both sides compute alike.
 */
public final class SearchTokens {
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has",
          "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that",
          "the", "their", "they", "this", "to", "was", "were", "will", "with");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchTokens() {}

  public static List<String> terms(String text) {
    String folded =
        MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String t : SEPARATORS.split(folded)) {
      if (!t.isEmpty() && !STOP_WORDS.contains(t) && t.length() <= 40) {
        out.add(t);
      }
    }
    return out;
  }

  /** The shard of {@code term} among {@code shards}: FNV-1a over UTF-16 code units. */
  public static int shard(String term, int shards) {
    int h = 0x811c9dc5;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 16777619;
    }
    return Integer.remainderUnsigned(h, shards);
  }
}
