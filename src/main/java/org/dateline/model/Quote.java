package org.dateline.model;

import java.util.Objects;

/** A direct quote and the full name of its speaker. */
public record Quote(String speaker, String text) {
  public Quote {
    Objects.requireNonNull(speaker, "speaker must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }
}
