package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * The dateline of a story: the places it was filed from, as printed in title case
 * ("ASTANA/SEOUL –" gives Astana and Seoul), and the ISO date when the dateline prints a full
 * date ({@code null} otherwise).
 */
public record Dateline(List<String> places, String date) {
  public static final Dateline NONE = new Dateline(List.of(), null);

  public Dateline {
    places = List.copyOf(Objects.requireNonNull(places, "places must not be null"));
  }

  public boolean isEmpty() {
    return places.isEmpty() && date == null;
  }
}
