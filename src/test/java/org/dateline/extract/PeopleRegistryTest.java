package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.diag.ContentException;
import org.dateline.model.Metadata;
import org.junit.jupiter.api.Test;

class PeopleRegistryTest {
  private static final String YAML = """
      people:
        - name: Aleksandra Voronova
          aliases: [Alexandra Voronova, Александра Воронова]
          role: Mayor of Tver
      not_people:
        - Kestrel Analytics
      """;

  @Test
  void aliasesMapToTheCanonicalNameAndAddTheRole() throws ContentException {
    PeopleRegistry registry = PeopleRegistry.parse(YAML, "content/people.yaml");
    Metadata m = Stories.extract(MetadataExtractor.withDefaults(registry), """
        City budget

        Alexandra Voronova said the budget would grow. Voronova said schools come first.
        """);
    assertEquals(List.of("Aleksandra Voronova"), Stories.names(m));
    assertTrue(m.people().get(0).roles().contains("Mayor of Tver"));
  }

  @Test
  void notAPersonEntriesAreDropped() throws ContentException {
    PeopleRegistry registry = PeopleRegistry.parse(YAML, "content/people.yaml");
    Metadata m = Stories.extract(MetadataExtractor.withDefaults(registry), """
        Study

        Kestrel Analytics said demand was falling, according to Brigitte Hollander.
        """);
    assertEquals(List.of("Brigitte Hollander"), Stories.names(m));
  }

  @Test
  void errorsCarryFileLineAndColumn() {
    ContentException e = assertThrows(ContentException.class,
        () -> PeopleRegistry.parse("people:\n  - name: A\n    colour: red\n", "content/people.yaml"));
    assertEquals("content/people.yaml:3:5: error: unknown key 'colour' (expected name, aliases, role) [people-registry]",
        e.diagnostics().get(0).toString());
  }

  @Test
  void frontMatterPeopleReplaceExtractionButKeepRoles() {
    Metadata m = Stories.extract("""
        ---
        people: [Helga Brandt]
        countries: [Austria]
        not_people: [Rudi Kessler]
        ---
        Election

        Mayor Helga Brandt won again, beating Rudi Kessler in Germany.
        """);
    assertEquals(List.of("Helga Brandt"), Stories.names(m));
    assertEquals(List.of("Mayor"), m.people().get(0).roles());
    assertEquals(List.of("AT"), Stories.namedCountries(m));
  }
}
