package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dateline.model.Dateline;
import org.junit.jupiter.api.Test;

class DatelineExtractorTest {
  private static Dateline of(String story) {
    return Stories.extract("A headline\n\n" + story).dateline();
  }

  @Test
  void slashSeparatedCitiesGiveTwoPlaces() {
    assertEquals(List.of("Riga", "Vilnius"), of("RIGA/VILNIUS – The two capitals agreed on a rail timetable.").places());
  }

  @Test
  void agencyInParenthesesIsNotAPlace() {
    Dateline d = of("UNITED NATIONS (AP) — The assembly adjourned early on a quiet day.");
    assertEquals(List.of("United Nations"), d.places());
    assertNull(d.date());
  }

  @Test
  void countryAfterTheCityIsDropped() {
    assertEquals(List.of("Osh"), of("OSH, Kyrgyzstan — Farmers brought apricots to the market.").places());
  }

  @Test
  void dateWithoutYearGivesNoDate() {
    Dateline d = of("OTTAWA, Feb. 3 (Reuters) - The central bank held rates steady.");
    assertEquals(List.of("Ottawa"), d.places());
    assertNull(d.date());
  }

  @Test
  void fullPrintedDateIsIso() {
    Dateline d = of("Samarkand, 2 May 2023 — Tourists returned to the old city.");
    assertEquals(List.of("Samarkand"), d.places());
    assertEquals("2023-05-02", d.date());
  }

  @Test
  void titleCasePlaceWithAgency() {
    assertEquals(List.of("Cebu"), of("Cebu (AFP) – Ferries stayed in port for a second day.").places());
  }

  @Test
  void datelineAloneOnItsLine() {
    assertEquals(List.of("Kampala"), of("KAMPALA\n\nThe city council met on Monday to discuss roads.").places());
  }

  @Test
  void isoDateOnTheDatelineLine() {
    Dateline d = of("PORTO 1998-04-17\n\nThe club signed a new goalkeeper.");
    assertEquals(List.of("Porto"), d.places());
    assertEquals("1998-04-17", d.date());
  }

  @Test
  void storyWithoutDatelineHasNone() {
    assertEquals(List.of(), of("Farmers in the valley are worried about the dry spring.").places());
  }
}
