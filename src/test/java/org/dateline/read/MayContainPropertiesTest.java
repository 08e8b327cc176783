package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick test that comes before the caption and call-to-action patterns never turns away a
 * text holding one of their words in any ASCII case, which is all those patterns match.
 */
class MayContainPropertiesTest {
  private static final String[] WORDS = {"photo", "image", "picture", "sign up", "follow"};

  @Property(tries = 3000)
  void aTextHoldingAWordInAnyCaseIsNeverTurnedAway(@ForAll("texts") String text) {
    String lower = lowerAscii(text);
    for (String word : WORDS) {
      if (lower.contains(word)) {
        assertTrue(BlockClassifier.mayContain(text, WORDS), text);
      }
    }
  }

  @Property(tries = 1000)
  void aTextWithoutTheWordsIsTurnedAway(@ForAll("texts") String text) {
    String lower = lowerAscii(text);
    boolean any = false;
    for (String word : WORDS) {
      any |= lower.contains(word);
    }
    if (!any && text.chars().allMatch(c -> c < 128)) {
      assertTrue(!BlockClassifier.mayContain(text, WORDS), text);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(WORDS)
                .flatMap(w -> Arbitraries.integers().between(0, (1 << w.length()) - 1).map(mask -> inCase(w, mask))),
            Arbitraries.strings().withChars("phoPHOtimgTIMGacurACUR sinfolwSINFOLW-.’ſ\u212A").ofMaxLength(6));
    return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
  }

  /** {@code word} with the letters whose bit is set in {@code mask} in upper case. */
  private static String inCase(String word, int mask) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append((mask >>> i & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  private static String lowerAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return out.toString();
  }
}
