package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Dateline;

/**
 * Finds the dateline at the head of a story: "ASTANA/SEOUL –", "UNITED NATIONS (AP) —",
 * "BISHKEK, Kyrgyzstan —", "LONDON, March 5 (Reuters) -", "Tashkent, 14 June 2024 —",
 * "Manila (AFP) –", or a dateline alone on its line ("NAIROBI", "LONDON 1996-08-30"). Places are
 * the city names only, in title case; the date is ISO when day, month and year are printed.
 */
final class DatelineExtractor {
  private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*(?: \\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*){0,3}";
  private static final String TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+";
  private static final String TITLE_PLACE = TITLE_WORD + "(?: (?:" + TITLE_WORD + "|de|la|del|do|on|upon)){0,2}";
  private static final String REGION = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’\\-]*){0,2}";
  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DATE =
      "(?<date>\\d{4}-\\d{2}-\\d{2}|(?i:" + MONTH + ") \\d{1,2}(?:, ?\\d{4})?|\\d{1,2} (?i:" + MONTH + ")(?: \\d{4})?)";
  private static final String AGENCY = "\\([^()]{1,40}\\)";
  private static final String DASH = "(?:--|[–—-])";

  private static final Pattern CAPS_LEAD =
      Pattern.compile("^(?<places>" + CAPS_PLACE + "(?: ?/ ?" + CAPS_PLACE + "){0,3})"
          + "(?:, (?<region>" + REGION + "))?(?:,? " + DATE + ")?,?(?: ?" + AGENCY + ")? ?" + DASH + "(?: |$)");
  private static final Pattern TITLE_LEAD =
      Pattern.compile("^(?<places>" + TITLE_PLACE + "(?: ?/ ?" + TITLE_PLACE + "){0,3})"
          + "(?:, (?<region>" + REGION + "))?(?:,? " + DATE + ",?(?: ?" + AGENCY + ")?| ?" + AGENCY + ") ?"
          + DASH + "(?: |$)");
  private static final Pattern ALONE =
      Pattern.compile("^(?<places>" + CAPS_PLACE + "(?: ?/ ?" + CAPS_PLACE + "){0,3})"
          + "(?:, (?<region>" + REGION + "))?(?: " + DATE + ")?$");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) (\\p{L}+)\\.? (\\d{4})");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.? (\\d{1,2}), ?(\\d{4})");

  /** The dateline and where the story text starts after it. */
  record Found(Dateline dateline, int paragraph, int bodyStart) {
    static final Found NONE = new Found(Dateline.NONE, -1, 0);
  }

  Found find(List<String> paragraphs) {
    int limit = Math.min(paragraphs.size(), 4);
    for (int p = 0; p < limit; p++) {
      String text = paragraphs.get(p).strip();
      String head = text.length() > 200 ? text.substring(0, 200) : text;
      Matcher m = CAPS_LEAD.matcher(head);
      if (!m.find()) {
        m = TITLE_LEAD.matcher(head);
        if (!m.find()) {
          m = text.length() <= 80 ? ALONE.matcher(text) : null;
          if (m != null && !m.matches()) {
            m = null;
          }
        }
      }
      if (m != null && plausible(m.group("places"))) {
        return new Found(new Dateline(places(m.group("places")), isoDate(m.group("date"))), p, m.end());
      }
      if (!isPreamble(text)) {
        return Found.NONE;
      }
    }
    return Found.NONE;
  }

  private static boolean plausible(String places) {
    String p = places.strip();
    return p.length() >= 2 && !p.equals("I") && p.chars().anyMatch(Character::isLetter);
  }

  /** A short line before the story proper: a bare byline name, a date, a kicker. */
  private static boolean isPreamble(String text) {
    String[] words = SPACES.split(text);
    if (words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !w.equals("and") && !w.equals("by")) {
        return false;
      }
    }
    return true;
  }

  private static List<String> places(String group) {
    List<String> out = new ArrayList<>();
    for (String p : group.split("/")) {
      String place = titleCase(p.strip());
      if (!place.isEmpty()) {
        out.add(place);
      }
    }
    return out;
  }

  static String titleCase(String s) {
    if (!s.equals(s.toUpperCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '/' || ((c == '\'' || c == '’') && i == 1);
    }
    return b.toString();
  }

  static String isoDate(String date) {
    if (date == null) {
      return null;
    }
    Matcher iso = ISO.matcher(date);
    if (iso.matches()) {
      return date;
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(date);
    if (dmy.matches()) {
      return iso(dmy.group(3), dmy.group(2), dmy.group(1));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(date);
    if (mdy.matches()) {
      return iso(mdy.group(3), mdy.group(1), mdy.group(2));
    }
    return null;
  }

  private static String iso(String year, String month, String day) {
    String m = month.toLowerCase(Locale.ROOT);
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < names.length; i++) {
      if (m.startsWith(names[i])) {
        int d = Integer.parseInt(day);
        return d < 1 || d > 31 ? null : String.format(Locale.ROOT, "%s-%02d-%02d", year, i + 1, d);
      }
    }
    return null;
  }
}
