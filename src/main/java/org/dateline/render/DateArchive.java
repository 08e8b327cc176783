package org.dateline.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.model.ArticleSummary;

/**
 * The archive by date: {@code archive/index.html} lists the years and months, then one page per
 * year ({@code archive/2024.html}) and per month ({@code archive/2024/06.html}).
 */
final class DateArchive {
  /** A month of the archive and its stories, newest first. */
  record MonthView(String year, String month, String name, String url, List<ArticleSummary> articles) {}

  /** A year of the archive and its months, newest first. */
  record YearView(String year, String url, List<MonthView> months, int count) {}

  private final List<YearView> years = new ArrayList<>();

  DateArchive(List<ArticleSummary> articles) {
    Map<String, Map<String, List<ArticleSummary>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (ArticleSummary a : articles) {
      if (a.date() != null) {
        byYear
            .computeIfAbsent(a.date().substring(0, 4), y -> new TreeMap<>(java.util.Comparator.reverseOrder()))
            .computeIfAbsent(a.date().substring(5, 7), m -> new ArrayList<>())
            .add(a);
      }
    }
    byYear.forEach(
        (year, months) -> {
          List<MonthView> views = new ArrayList<>();
          int count = 0;
          for (Map.Entry<String, List<ArticleSummary>> m : months.entrySet()) {
            String name =
                Month.of(Integer.parseInt(m.getKey())).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            views.add(
                new MonthView(year, m.getKey(), name, "archive/" + year + "/" + m.getKey() + ".html", m.getValue()));
            count += m.getValue().size();
          }
          years.add(new YearView(year, "archive/" + year + ".html", views, count));
        });
  }

  void render(SiteRenderer renderer, OutputSink out) {
    Map<String, Object> index = renderer.context("dates", "Archive by date", "../", "archive/index.html");
    index.put("years", years);
    renderer.page(out, "archive/index.html", "dates", index);
    for (YearView year : years) {
      Map<String, Object> context = renderer.context("date", year.year(), "../", year.url());
      context.put("year", year);
      context.put("month", null);
      renderer.page(out, year.url(), "date", context);
      for (MonthView month : year.months()) {
        Map<String, Object> monthContext =
            renderer.context("date", month.name() + " " + year.year(), "../../", month.url());
        monthContext.put("year", year);
        monthContext.put("month", month);
        renderer.page(out, month.url(), "date", monthContext);
      }
    }
  }
}
