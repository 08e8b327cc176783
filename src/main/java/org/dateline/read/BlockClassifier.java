package org.dateline.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the parts of a story that are not its text: photo captions, bylines, agency credits,
 * republication notices and promotional footers, and (in plain text) section headings. The rules
 * encode how online news is laid out, not any one outlet.
 */
final class BlockClassifier {
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?i)\\b(?:photo|image|picture)s?\\s+(?:credit|courtesy)\\s*:"
              + "|\\((?:photo|photograph|image|picture)s?\\s+by\\b[^)]*\\)"
              + "|\\(photo not for sale\\)"
              + "|^(?:file|photo)\\s*[–—-]\\s"
              + "|^(?:this|a|the) (?:file )?(?:photo|picture|image)\\b[^.]*\\b(?:shows|provided by)\\b");
  private static final Pattern CREDIT_SPLIT =
      Pattern.compile("(?i)\\s*(?:(?:photo|image|picture)s?\\s+(?:credit|courtesy)\\s*:\\s*)(.*)$");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^By\\s+\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,60}(?:,[^.]{0,60})?"
              + "(?:\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2},? \\d{4})?$");
  static final Pattern CREDIT =
      Pattern.compile(
          "^\\((?:reporting|writing|editing|additional reporting|compiled|edited)\\b[^)]*\\)$"
              + "|^[–—-]{1,2}\\s*\\p{Lu}[\\p{L}/ ]{1,30}$"
              + "|^(?:\\S+@\\S+\\.\\w+\\s*)?(?:\\(END\\))?$",
          Pattern.CASE_INSENSITIVE);
  static final Pattern SOURCE_NOTICE =
      Pattern.compile(
          "(?i)^(?:this|the) (?:article|story|piece|report|interview|column) (?:is|was|has been|is being)"
              + " (?:first |originally )?(?:re)?(?:published|posted|reprinted)\\b.*?\\b(?:permission of|courtesy of|by|from|in)\\s+"
              + "(?<source>[^.]+?)\\.?$"
              + "|^(?:originally|first) (?:published|appeared) (?:by|in|on)\\s+(?<source2>[^.]+?)\\.?$");
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?i)\\b(?:subscribe|sign up|newsletter|sent directly to you|download our app"
              + "|follow (?:us|our|the \\p{L}+) (?:\\p{L}+ )?on)\\b");
  private static final Pattern HEADING_END = Pattern.compile("[\\p{L}\\p{N})]$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private BlockClassifier() {}

  /**
   * The kind of a paragraph at position {@code index} of {@code count} body paragraphs.
   *
   * @param headingsFromLayout true for plain text, where a short line standing alone is a heading
   */
  static BlockKind classify(String text, int index, int count, boolean headingsFromLayout) {
    String t = text.strip();
    if (t.isEmpty()) {
      return BlockKind.CREDIT;
    }
    if (mayBeCaption(t) && CAPTION.matcher(t).find()) {
      return BlockKind.CAPTION;
    }
    if (index < 3 && BYLINE.matcher(t).matches()) {
      return BlockKind.BYLINE;
    }
    if (mayBeCredit(t) && CREDIT.matcher(t).matches()) {
      return BlockKind.CREDIT;
    }
    if (mayBeNotice(t) && SOURCE_NOTICE.matcher(t).matches()) {
      return BlockKind.SOURCE_NOTICE;
    }
    if (index >= count - 3
        && index > 0
        && mayContain(t, "subscribe", "sign up", "newsletter", "sent directly to you", "download our app", "follow")
        && CALL_TO_ACTION.matcher(t).find()) {
      return BlockKind.FOOTER;
    }
    if (headingsFromLayout && isLayoutHeading(t, index, count)) {
      return BlockKind.HEADING;
    }
    return BlockKind.PARAGRAPH;
  }

  /**
   * Every caption pattern names a photo, an image, a picture or a file photo, in ASCII letters of
   * any case.
   */
  private static boolean mayBeCaption(String t) {
    return t.regionMatches(true, 0, "file", 0, 4) || mayContain(t, "photo", "image", "picture");
  }

  /**
   * Every credit pattern starts with a parenthesis or a dash, or holds an e-mail address (the
   * text is not empty).
   */
  static boolean mayBeCredit(String t) {
    char first = t.charAt(0);
    return first == '(' || first == '-' || first == '–' || first == '—' || t.indexOf('@') >= 0;
  }

  /** Every notice pattern starts with "this", "the", "originally" or "first", in any case. */
  static boolean mayBeNotice(String t) {
    return t.regionMatches(true, 0, "th", 0, 2)
        || t.regionMatches(true, 0, "originally ", 0, 11)
        || t.regionMatches(true, 0, "first ", 0, 6);
  }

  /**
   * Whether {@code t} holds one of {@code words} (lower-case ASCII, each starting with two
   * letters) in any case: one pass over the text before a pattern made of those words is tried,
   * which would test every alternative at every character.
   */
  static boolean mayContain(String t, String... words) {
    int[] seconds = new int[26]; // for each letter a word starts with, a bit for each second letter
    for (String word : words) {
      seconds[word.charAt(0) - 'a'] |= 1 << (word.charAt(1) - 'a');
    }
    char[] chars = t.toCharArray(); // array reads: a String's charAt costs a call a character
    for (int i = 0; i + 1 < chars.length; i++) {
      // ASCII letters in lower case: two of them tell nearly every other place apart
      int first = (chars[i] | 0x20) - 'a';
      int second = (chars[i + 1] | 0x20) - 'a';
      if (first < 0 || first >= 26 || second < 0 || second >= 26 || (seconds[first] >>> second & 1) == 0) {
        continue;
      }
      for (String word : words) {
        if (t.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLayoutHeading(String t, int index, int count) {
    if (index == 0 || index >= count - 1 || t.indexOf('\n') >= 0 || t.length() > 100) {
      return false;
    }
    int words = SPACES.split(t).length;
    return words <= 12
        && Character.isUpperCase(t.codePointAt(0))
        && HEADING_END.matcher(t).find()
        && !t.equals(t.toUpperCase(java.util.Locale.ROOT));
  }

  /** The outlet a republication notice names ("The Korea Times"), or null. */
  static String noticeSource(String text) {
    Matcher m = SOURCE_NOTICE.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    return m.group("source") != null ? m.group("source").strip() : m.group("source2").strip();
  }

  /** Splits a caption into its text and its credit ("Shutterstock/Evgenykz"); credit may be "". */
  static String[] splitCaption(String text) {
    Matcher m = CREDIT_SPLIT.matcher(text.strip());
    if (m.find()) {
      String credit = m.group(1).strip().replaceAll("\\.$", "");
      return new String[] {text.strip().substring(0, m.start()).strip(), credit};
    }
    return new String[] {text.strip(), ""};
  }
}
