package org.dateline.extract;

import java.util.List;

/** One paragraph of story text, tokenised once and shared by the extractors. */
record TextUnit(int index, String text, List<Token> tokens, boolean[] sentenceStart, boolean[] inQuote) {

  static TextUnit of(int index, String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    int n = tokens.size();
    boolean[] starts = new boolean[n];
    boolean[] quoted = new boolean[n];
    boolean expectStart = true;
    boolean open = false;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.isQuoteMark()) {
        char c = t.text().charAt(0);
        if (c == '“' || c == '«' || c == '„') {
          open = true;
        } else if (c == '”' || c == '»') {
          open = false;
        } else {
          open = !open;
        }
        continue;
      }
      quoted[i] = open;
      if (t.kind() == Token.Kind.PUNCT) {
        String s = t.text();
        boolean listNumber = s.equals(".") && i > 0 && tokens.get(i - 1).kind() == Token.Kind.NUMBER
            && tokens.get(i - 1).text().length() <= 2;
        if (listNumber) {
          continue;
        }
        if (s.equals(".") || s.equals("!") || s.equals("?") || s.equals(":") || s.equals("(") || s.equals("—")) {
          expectStart = true;
        }
        continue;
      }
      starts[i] = expectStart;
      expectStart = false;
    }
    return new TextUnit(index, text, tokens, starts, quoted);
  }

  String span(int fromToken, int toToken) {
    return text.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
  }
}
