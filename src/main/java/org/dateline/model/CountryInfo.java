package org.dateline.model;

import java.util.Objects;

/** A country as the site shows it: ISO 3166-1 alpha-2 code, short English name, world region. */
public record CountryInfo(String code, String name, String region) {
  public CountryInfo {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(region, "region must not be null");
  }

  /** The flag emoji: the two regional-indicator symbols of the code. */
  public String flag() {
    StringBuilder flag = new StringBuilder();
    for (char c : code.toCharArray()) {
      flag.appendCodePoint(0x1F1E6 + (Character.toUpperCase(c) - 'A'));
    }
    return flag.toString();
  }
}
