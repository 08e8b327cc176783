package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MonthlyChartPropertiesTest {
  @Property(tries = 2000)
  void readsTheMonthOfADateAsTheIsoParserDoes(@ForAll @IntRange(min = -20000, max = 40000) int day) {
    String date = LocalDate.of(2000, 1, 1).plusDays(day).toString();
    assertEquals(YearMonth.parse(date.substring(0, 7)), MonthlyChart.month(date), date);
  }

  @Example
  void leavesWhatIsNoMonthToTheIsoParser() {
    assertEquals(YearMonth.of(2024, 5), MonthlyChart.month("2024-05"));
    assertThrows(DateTimeException.class, () -> MonthlyChart.month("2024-13-01"));
    assertThrows(DateTimeException.class, () -> MonthlyChart.month("2024-00-01"));
    assertThrows(DateTimeException.class, () -> MonthlyChart.month("20x4-05-01"));
  }
}
