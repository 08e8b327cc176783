package org.dateline.model;

import java.util.Objects;

/**
 * A country a story mentions, by ISO 3166-1 alpha-2 code. {@code named} is true when the story
 * names the state (by name or alias: "DPRK", "U.S."); false when it is only implied by a demonym
 * ("Russian troops"), a capital or the dateline city.
 */
public record CountryMention(String code, String name, boolean named) {
  public CountryMention {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(name, "name must not be null");
  }
}
