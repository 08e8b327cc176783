package org.dateline.archive;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes URL slugs: ASCII (other scripts transliterated: "Чу Ён Мин" gives "chu-yen-min"), lower
 * case, hyphenated, at most 80 characters, never empty, never a path. One instance hands out
 * unique slugs: a second "seoul" becomes "seoul-2". Names that differ only in case or Unicode
 * normalisation get the same base slug and so are told apart by the suffix.
 */
final class Slugger {
  static final int MAX_LENGTH = 80;
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  /**
   * ICU's transliterator, loaded (slowly) only when a text needs it: one for each thread, since an
   * instance serves one thread at a time, and an archive in another script makes thousands of
   * slugs on every core.
   */
  private static final class Icu {
    static final ThreadLocal<Transliterator> TO_ASCII =
        ThreadLocal.withInitial(
            () ->
                Transliterator.getInstance(
                    "Russian-Latin/BGN; Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; NFC"));
  }

  private final Set<String> taken = new HashSet<>();
  private final String fallback;

  /** @param reserved slugs that must not be handed out (e.g. "index") */
  Slugger(String fallback, Set<String> reserved) {
    this.fallback = fallback;
    taken.addAll(reserved);
  }

  /** A unique slug for {@code text}. */
  String unique(String text) {
    return uniqueOf(slug(text));
  }

  /** A unique slug for a text whose {@link #slug} is {@code base}. */
  String uniqueOf(String base) {
    if (base.isEmpty()) {
      base = fallback;
    }
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      String suffix = "-" + n;
      candidate = trim(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    return candidate;
  }

  /** The slug of {@code text}, possibly empty. */
  static String slug(String text) {
    String ascii = toAscii(text);
    // lower case letter by letter when the text is ASCII, as it nearly always is; else the
    // runtime's rules, under which a few other letters ("İ", the Kelvin sign) give ASCII ones
    String lower = isAscii(ascii) ? ascii : ascii.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean hyphen = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        hyphen = false;
      } else if (c != '\'' && c != '’') {
        hyphen = true;
      }
    }
    return trim(out.toString(), MAX_LENGTH);
  }

  /**
   * The text in ASCII: as it is, else with accents removed when that leaves ASCII ("Tomás"),
   * else transliterated by ICU ("Чу Ён Мин", "Straße", "Łódź").
   */
  static String toAscii(String text) {
    if (isAscii(text)) {
      return text;
    }
    String plain = withAsciiPunctuation(text);
    if (isAscii(plain)) {
      return plain;
    }
    String unaccented = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
    if (isAscii(unaccented)) {
      return unaccented;
    }
    return icuAscii(text);
  }

  /**
   * The text with its typographic dashes, quotes, ellipses, guillemets and spaces in ASCII, as
   * ICU gives them ("Talks – ‘calm’" gives "Talks - 'calm'"): headings and names are
   * full of them, and they are no reason to ask ICU, which is slow and takes one thread at a time.
   */
  static String withAsciiPunctuation(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String ascii = asciiPunctuation(c);
      if (ascii != null && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (ascii != null) {
          out.append(ascii);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static String asciiPunctuation(char c) {
    return switch (c) {
      case '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
          '\u200A', '\u205F', '\u3000' -> " ";
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015' -> "-";
      case '\u2018', '\u2019', '\u201B', '\u2032' -> "'";
      case '\u201C', '\u201D', '\u201F', '\u2033' -> "\"";
      case '\u201A' -> ",";
      case '\u201E' -> ",,";
      case '\u2026' -> "...";
      case '\u00AB' -> "<<";
      case '\u00BB' -> ">>";
      case '\u2039' -> "<";
      case '\u203A' -> ">";
      default -> null;
    };
  }

  /** ICU's transliteration, whatever the text. */
  static String icuAscii(String text) {
    return Icu.TO_ASCII.get().transliterate(text);
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static String trim(String slug, int max) {
    if (slug.length() <= max) {
      return slug;
    }
    String cut = slug.substring(0, max);
    return cut.endsWith("-") ? cut.substring(0, cut.length() - 1) : cut;
  }
}
