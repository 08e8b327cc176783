package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Metadata;
import org.junit.jupiter.api.Test;

/** People found from how news, results and line-ups are laid out. All names are invented. */
class NewsLayoutPeopleTest {
  @Test
  void resultsWithCountriesInBracketsAndInitials() {
    Metadata m = Stories.extract("""
        Results

        1. Tarvo Keskula (Estonia) 10.21
        2. Obed Mantsho (Botswana) 10.30

        Scores: Rivertown 210 (A. Pembury 64; J. Quillfeather 4-31).
        """);
    List<String> names = Stories.names(m);
    assertTrue(names.containsAll(List.of("Tarvo Keskula", "Obed Mantsho", "A. Pembury", "J. Quillfeather")), names.toString());
  }

  @Test
  void anAgeAfterTheNameAndAScorersMinuteAreEvidence() {
    Metadata m = Stories.extract("""
        Match

        Scorers: Dravek Olmund (47th), Pell 81st minute.

        Quorin Vastel, 31, was arrested on Friday.
        """);
    List<String> names = Stories.names(m);
    assertTrue(names.containsAll(List.of("Dravek Olmund", "Quorin Vastel")), names.toString());
  }

  @Test
  void aLineUpOfSurnamesJoinsThePeopleAlreadyFound() {
    Metadata m = Stories.extract("""
        Squad

        Coach Brenna Tolliver named Rufus Kettering and Amos Pellegrew in her side.

        The team: Kettering, Pellegrew, Ostrander, Vimmel, Harrowgate.
        """);
    List<String> names = Stories.names(m);
    assertTrue(names.containsAll(List.of("Ostrander", "Vimmel", "Harrowgate")), names.toString());
  }

  @Test
  void nicknamesAndRegnalNumbersStayOutOfAndInTheName() {
    Metadata m = Stories.extract("""
        Ring

        Hector "The Hammer" Valdrino meets Kenji Oroshi on Saturday. King Leopold III opened the hall.
        """);
    List<String> names = Stories.names(m);
    assertTrue(names.contains("Hector Valdrino"), names.toString());
    assertTrue(names.contains("Leopold III"), names.toString());
  }

  @Test
  void clubsAgenciesAndAirportsAreNotPeople() {
    Metadata m = Stories.extract("""
        Round-up

        Leyton Rovers beat Inverburn Thistle 2-1, Interfax said. The plane landed at Charles de Gaulle airport.
        """);
    List<String> names = Stories.names(m);
    assertFalse(names.stream().anyMatch(n -> n.contains("Thistle") || n.contains("Rovers") || n.equals("Interfax")
        || n.contains("Gaulle")), names.toString());
  }

  @Test
  void institutionsAndPlacesAreNotLoneSpeakers() {
    Metadata m = Stories.extract("""
        Markets

        Bond yields rose, the Treasury said. Traders in New York said demand was thin.

        The Wendell Marsh sailed for Lisbon on Monday, the U.S. Embassy said.
        """);
    assertEquals(List.of(), Stories.names(m));
  }

  @Test
  void aSentenceInitialParticleMergesIntoTheFullName() {
    Metadata m = Stories.extract("""
        Court

        Marit van Dalsen, the lawyer for the growers, welcomed the ruling.

        Van Dalsen said an appeal was unlikely.
        """);
    assertEquals(List.of("Marit van Dalsen"), Stories.names(m));
    assertTrue(m.people().get(0).aliases().contains("Van Dalsen"));
  }

  @Test
  void theFullNameGivenFirstWinsOverALaterShorterForm() {
    Metadata m = Stories.extract("""
        Race

        Kerubo Wairimu Chepkoech won the women's race on Sunday.

        Wairimu Chepkoech, 24, said the course was fast.
        """);
    assertEquals(List.of("Kerubo Wairimu Chepkoech"), Stories.names(m));
  }
}
