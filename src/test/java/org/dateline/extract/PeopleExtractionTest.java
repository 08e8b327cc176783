package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.junit.jupiter.api.Test;

class PeopleExtractionTest {
  private static PersonMention person(Metadata m, String name) {
    return m.people().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + Stories.names(m)));
  }

  @Test
  void surnameRementionsMergeIntoTheFullName() {
    Metadata m = Stories.extract("""
        Port plans

        Helena Marchetti, a port economist at the Adriatic Institute, said traffic had doubled.

        Marchetti said the next step was a new quay.
        """);
    assertEquals(List.of("Helena Marchetti"), Stories.names(m));
    assertTrue(person(m, "Helena Marchetti").aliases().contains("Marchetti"));
  }

  @Test
  void titleIsARoleNotPartOfTheName() {
    Metadata m = Stories.extract("""
        Visit

        President Oskar Lindqvist met farmers on Tuesday. Lindqvist said prices were too low.
        """);
    assertEquals(List.of("Oskar Lindqvist"), Stories.names(m));
    assertEquals(List.of("President"), person(m, "Oskar Lindqvist").roles());
  }

  @Test
  void honorificIsNeitherNameNorRole() {
    Metadata m = Stories.extract("""
        Clinic

        Dr. Amara Okafor said the clinic would open on weekends.
        """);
    assertEquals(List.of("Amara Okafor"), Stories.names(m));
    assertTrue(person(m, "Amara Okafor").roles().isEmpty());
  }

  @Test
  void appositionIsCutBeforeTheRelativeClause() {
    Metadata m = Stories.extract("""
        Grain

        Tomas Hrabal, head of the grain traders' association who has warned about exports, said storage was full.
        """);
    assertEquals(List.of("head of the grain traders' association"), person(m, "Tomas Hrabal").roles());
  }

  @Test
  void familyNameFirstNamesAreKeptWhole() {
    Metadata m = Stories.extract("""
        Chips

        Park Ji-hoon, an analyst at a Seoul brokerage, said orders were rising. Park added that prices would follow.
        """);
    assertEquals(List.of("Park Ji-hoon"), Stories.names(m));
  }

  @Test
  void patronymicParticlesStayInTheName() {
    Metadata m = Stories.extract("""
        Vote

        Nurila Bekmurat kyzy, a teacher, said she voted early. Officials thanked Anna van den Berg for her help.
        """);
    assertTrue(Stories.names(m).contains("Nurila Bekmurat kyzy"), Stories.names(m).toString());
    assertTrue(Stories.names(m).contains("Anna van den Berg"), Stories.names(m).toString());
  }

  @Test
  void organisationsAndPlacesAreNotPeople() {
    Metadata m = Stories.extract("""
        Markets

        The Security Council met as Morgan Stanley cut its forecast. Analysts in New Kazakhstan and South Korea were calm.
        """);
    assertEquals(List.of(), Stories.names(m));
  }

  @Test
  void personNamedJordanIsAPersonNotACountry() {
    Metadata m = Stories.extract("""
        Derby

        Jordan Pickwell scored twice, and Pickwell said the team deserved it.
        """);
    assertEquals(List.of("Jordan Pickwell"), Stories.names(m));
    assertFalse(Stories.namedCountries(m).contains("JO"));
  }

  @Test
  void bylinesAreNotPeople() {
    Metadata m = Stories.extract("""
        Harvest

        By Corinne Delacroix

        Farmers began the harvest early this year because of the heat.
        """);
    assertEquals(List.of(), Stories.names(m));
  }
}
