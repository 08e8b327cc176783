package org.dateline.extract;

/**
 * One token of a text with its character offsets. {@code kind} tells words, initials ("R.",
 * "A.P."), numbers and single punctuation marks apart.
 */
record Token(String text, int start, int end, Kind kind) {
  enum Kind {
    WORD,
    INITIALS,
    NUMBER,
    PUNCT
  }

  boolean isWord() {
    return kind == Kind.WORD || kind == Kind.INITIALS;
  }

  boolean is(String s) {
    return text.equals(s);
  }

  /** Starts with an upper-case letter. */
  boolean isCapitalised() {
    return isWord() && Character.isUpperCase(text.codePointAt(0));
  }

  /** Every letter is upper case and there are at least two letters ("POSCO", "LONDON"). */
  boolean isAllCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  boolean isQuoteMark() {
    return kind == Kind.PUNCT && Tokenizer.isQuoteChar(text.charAt(0));
  }
}
