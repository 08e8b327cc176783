package org.dateline.archive;

import java.util.function.Supplier;
import org.dateline.model.Relations;

/**
 * Keeps the archive's relations between builds: finding related stories is the costliest step of
 * assembling an archive, and its input (each article's id, date, people and named countries)
 * seldom changes when a story is edited.
 */
@FunctionalInterface
public interface RelationsCache {
  /** No cache: relations are made every time. */
  RelationsCache NONE = (key, make) -> make.get();

  /**
   * The relations made from the input whose digest is {@code key}: those kept from an earlier
   * build with the same key, or else what {@code make} makes (which the cache may keep).
   */
  Relations get(String key, Supplier<Relations> make);
}
