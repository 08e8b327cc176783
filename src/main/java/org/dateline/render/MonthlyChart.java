package org.dateline.render;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;
import org.dateline.model.ArticleSummary;
import org.dateline.model.Html;

/**
 * A small inline SVG bar chart of stories per month, from the first month with a story to the
 * last (at least the last {@value #MIN_MONTHS} months, at most {@value #MAX_MONTHS}). Accessible: it has a title and a text
 * description, and each bar a tooltip. Empty when no story is dated.
 */
final class MonthlyChart {
  static final int MAX_MONTHS = 60;
  private static final int HEIGHT = 60;
  static final int MIN_MONTHS = 12;
  private static final int BAR = 14;
  private static final int GAP = 4;

  private MonthlyChart() {}

  static String svg(List<ArticleSummary> articles, String subject) {
    TreeMap<YearMonth, Integer> counts = new TreeMap<>();
    for (ArticleSummary a : articles) {
      if (a.date() != null) {
        counts.merge(month(a.date()), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return "";
    }
    YearMonth last = counts.lastKey();
    YearMonth first = counts.firstKey();
    if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
      first = last.minusMonths(MAX_MONTHS - 1);
    }
    if (first.plusMonths(MIN_MONTHS - 1).isAfter(last)) {
      first = last.minusMonths(MIN_MONTHS - 1);
    }
    int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int width = months * (BAR + GAP);
    String label = "Stories per month about " + subject + ", " + first + " to " + last;
    // appended piece by piece: a chart is made for every person and country, and String.format
    // costs many times more
    StringBuilder svg = new StringBuilder(128 + months * 110);
    svg.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 ")
        .append(width).append(' ').append(HEIGHT + 14)
        .append("\" width=\"").append(width).append("\" height=\"").append(HEIGHT + 14).append("\">");
    svg.append("<title id=\"chart-title\">").append(Html.escape(label)).append("</title>");
    YearMonth month = first;
    for (int i = 0; i < months; i++, month = month.plusMonths(1)) {
      int n = counts.getOrDefault(month, 0);
      int h = n == 0 ? 1 : Math.max(3, Math.round((float) n / max * HEIGHT));
      svg.append("<rect x=\"").append(i * (BAR + GAP)).append("\" y=\"").append(HEIGHT - h)
          .append("\" width=\"").append(BAR).append("\" height=\"").append(h).append('"')
          .append(n == 0 ? " class=\"empty\"" : "")
          .append("><title>").append(month).append(": ").append(n).append(' ')
          .append(n == 1 ? "story" : "stories").append("</title></rect>");
    }
    svg.append("<text x=\"0\" y=\"").append(HEIGHT + 12).append("\">").append(first)
        .append("</text><text x=\"").append(width).append("\" y=\"").append(HEIGHT + 12)
        .append("\" text-anchor=\"end\">").append(months > 1 ? last.toString() : "").append("</text>");
    svg.append("</svg>");
    return svg.toString();
  }

  /**
   * The month of an ISO date ("2024-05-17"), from its first seven characters: read from their
   * digits when they are "yyyy-mm" with a month from 01 to 12 (every story's date is), else by
   * {@link YearMonth#parse}, which is the definition but makes a parser's worth of objects.
   */
  static YearMonth month(String date) {
    if (date.length() >= 7
        && date.charAt(4) == '-'
        && digits(date, 0, 4)
        && digits(date, 5, 7)) {
      int month = Integer.parseInt(date, 5, 7, 10);
      if (month >= 1 && month <= 12) {
        return YearMonth.of(Integer.parseInt(date, 0, 4, 10), month);
      }
    }
    return YearMonth.parse(date.substring(0, 7));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
