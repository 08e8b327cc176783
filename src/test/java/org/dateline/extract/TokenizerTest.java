package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void noCharacterBeforeTheCombiningMarksIsOne() {
    // the tokenizer skips the Unicode look-up below U+0300
    for (char c = 0; c < 0x300; c++) {
      int type = Character.getType(c);
      assertNotEquals(Character.NON_SPACING_MARK, type, Integer.toHexString(c));
      assertNotEquals(Character.COMBINING_SPACING_MARK, type, Integer.toHexString(c));
    }
  }

  @Test
  void aWordKeepsItsCombiningMarksAndPunctuationIsATokenOfItsOwn() {
    List<Token> tokens = Tokenizer.tokenize("Zoe\u0301 said: “Yes,” then left.");
    assertEquals(
        List.of("Zoe\u0301", "said", ":", "“", "Yes", ",", "”", "then", "left", "."),
        tokens.stream().map(Token::text).toList());
  }
}
