package org.dateline.model;

import java.util.Objects;

/** A photo caption of a story and its credit ("Shutterstock/Evgenykz"; empty when none). */
public record Figure(String caption, String credit) {
  public Figure {
    Objects.requireNonNull(caption, "caption must not be null");
    Objects.requireNonNull(credit, "credit must not be null");
  }
}
