package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A person named in one story: the fullest form of the name the story gives, the other forms
 * used for the same person in that story (surname, title and surname...), and the roles the story
 * gives them ("Deputy Minister of Foreign Affairs of Kazakhstan").
 */
public record PersonMention(String name, List<String> aliases, List<String> roles) {
  public PersonMention {
    Objects.requireNonNull(name, "name must not be null");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
