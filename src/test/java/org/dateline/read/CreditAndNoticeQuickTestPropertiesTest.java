package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quick tests before the credit and notice patterns never turn away a text they match. */
class CreditAndNoticeQuickTestPropertiesTest {
  @Property(tries = 3000)
  void aCreditThePatternMatchesIsNeverTurnedAway(@ForAll("texts") String text) {
    String t = text.strip();
    if (!t.isEmpty() && BlockClassifier.CREDIT.matcher(t).matches()) {
      assertTrue(BlockClassifier.mayBeCredit(t), t);
    }
    if (!t.isEmpty() && BlockClassifier.SOURCE_NOTICE.matcher(t).matches()) {
      assertTrue(BlockClassifier.mayBeNotice(t), t);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "(", ")", "(Reporting by", "(editing", "(END)", "– ", "—", "-", "--", "Reuters", "a@b.io", " ",
                "This ", "THE ", "the ", "article ", "story ", "was ", "is ", "first ", "originally ", "Originally ",
                "First ", "published ", "appeared ", "republished ", "by ", "in ", "on ", "permission of ",
                "The Korea Times", ".", "x"),
            Arbitraries.strings().withChars("aT(h)-@.– ").ofMaxLength(4));
    return pieces.list().ofMaxSize(10).map(list -> String.join("", list));
  }
}
