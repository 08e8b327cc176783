package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountryOfPlaceTest {
  private static final MetadataExtractor EXTRACTOR = MetadataExtractor.withDefaults();

  @Test
  void aCountryNameOrAliasIsItself() {
    assertEquals("KE", EXTRACTOR.countryOfPlace("Kenya"));
    assertEquals("GB", EXTRACTOR.countryOfPlace("Britain"));
    assertEquals("US", EXTRACTOR.countryOfPlace("U.S."));
  }

  @Test
  void aCapitalOrListedCityGivesItsCountryInAnyCase() {
    assertEquals("KZ", EXTRACTOR.countryOfPlace("Astana"));
    assertEquals("KE", EXTRACTOR.countryOfPlace("NAIROBI"));
    assertEquals("US", EXTRACTOR.countryOfPlace("washington"));
    assertEquals("MX", EXTRACTOR.countryOfPlace("Mexico City"));
  }

  @Test
  void unknownPlacesAndNonCountriesGiveNull() {
    assertNull(EXTRACTOR.countryOfPlace("Atlantis"));
    assertNull(EXTRACTOR.countryOfPlace("California"));
    assertNull(EXTRACTOR.countryOfPlace("Kenyan")); // a demonym is not a place
    assertNull(EXTRACTOR.countryOfPlace(" "));
    assertThrows(NullPointerException.class, () -> EXTRACTOR.countryOfPlace(null));
  }
}
