package org.dateline.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SearchTokensPropertiesTest {
  /**
   * The definition, written plainly: each run of letters, digits and marks, lower-cased (through
   * Unicode NFKD without its marks when it is not ASCII, then split again on what is no letter or
   * digit); empty, overlong and common words dropped. Terms with the offset of their run.
   */
  private static List<String> plainly(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      List<String> parts =
          word.chars().allMatch(c -> c < 128)
              ? List.of(word.toLowerCase(Locale.ROOT))
              : List.of(Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                  .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
      for (String part : parts) {
        if (!part.isEmpty() && part.length() <= SearchTokens.MAX_TERM && !SearchTokens.STOP_WORDS.contains(part)) {
          out.add(part + "@" + start);
        }
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || Character.isSurrogate(c);
  }

  private static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    SearchTokens.forEachTerm(text, (term, offset) -> out.add(term + "@" + offset));
    return out;
  }

  @Property(tries = 5000)
  void givesTheTermsOfTheDefinition(@ForAll("text") String text) {
    assertEquals(plainly(text), terms(text), text);
  }

  @Example
  void foldsCaseAndAccentsAndDropsCommonWords() {
    assertEquals(List.of("president@4", "tokayev@14", "said@22", "cafe@29", "2024@34"),
        terms("The President Tokayev said: “Café 2024”"));
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> words = Arbitraries.strings().withChars("aZq9 é’-ñ“”ﬁ½\u0301\u00a0ßİ").ofMaxLength(12);
    Arbitrary<String> fixed = Arbitraries.of("the", "THE", "And", "x".repeat(40), "y".repeat(41), "Ünïcödé", "™", "\uD83D\uDE00");
    return Arbitraries.oneOf(words, fixed).list().ofMaxSize(12).map(parts -> String.join(" ", parts));
  }
}
