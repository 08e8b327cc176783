package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.CountryInfo;
import org.dateline.model.Metadata;
import org.junit.jupiter.api.Test;

class CountryExtractionTest {
  @Test
  void aliasesAndHistoricNamesPointToTheState() {
    Metadata m = Stories.extract("""
        Trade

        Exporters in Burma, Holland, the U.S. and Zaire signed deals, as did firms from Türkiye and the DPRK.
        """);
    assertEquals(List.of("MM", "NL", "US", "CD", "TR", "KP"), Stories.namedCountries(m));
  }

  @Test
  void georgiaTheUsStateIsNotACountry() {
    Metadata m = Stories.extract("""
        Storms

        Storms hit Atlanta, Georgia, on Monday before moving into South Carolina and Tennessee.
        """);
    assertFalse(Stories.namedCountries(m).contains("GE"));
  }

  @Test
  void georgiaNextToTheCaucasusIsTheCountry() {
    Metadata m = Stories.extract("""
        Pipeline

        Georgia and Armenia signed a pipeline deal in Tbilisi.
        """);
    assertTrue(Stories.namedCountries(m).contains("GE"));
  }

  @Test
  void regionsNamedAfterCountriesAreNotCountries() {
    Metadata m = Stories.extract("""
        Weather

        Dust from Inner Mongolia reached the South China Sea, and rain fell in New Mexico.
        """);
    assertEquals(List.of(), Stories.namedCountries(m));
  }

  @Test
  void demonymsAndCapitalsAreOnlyImplied() {
    Metadata m = Stories.extract("""
        Talks

        Norwegian diplomats flew to Nairobi for the talks.
        """);
    assertEquals(List.of(), Stories.namedCountries(m));
    assertTrue(Stories.impliedCountries(m).containsAll(List.of("NO", "KE")));
  }

  @Test
  void everyIsoCountryIsKnownSortedByCode() {
    List<CountryInfo> all = Stories.EXTRACTOR.countries();
    assertTrue(all.size() >= 249, "countries: " + all.size());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0);
    }
    assertTrue(all.stream().allMatch(c -> !c.region().isBlank()));
  }
}
