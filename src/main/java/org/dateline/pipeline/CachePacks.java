package org.dateline.pipeline;

import java.security.SecureRandom;

/**
 * The rule of the build cache's packs: a cache file ({@code stories.bin}, {@code search.bin}) is
 * a pack of entries with a random id, beside a small file of the changes since it was written,
 * which names the pack it amends. After a build that changed few entries only the changes are
 * written; a new pack, when more than an eighth of the entries would be changes or an eighth of
 * the pack's entries are no longer used.
 */
final class CachePacks {
  private static final int NEW_PACK_AT = 8;

  private CachePacks() {}

  /**
   * Whether a cache of {@code entries}, {@code fromPack} of them the pack's own, is saved as a new
   * pack rather than as changes to the pack of {@code packEntries}.
   */
  static boolean needsNewPack(int entries, int fromPack, int packEntries) {
    return (long) NEW_PACK_AT * (entries - fromPack) > entries
        || (long) NEW_PACK_AT * (packEntries - fromPack) > packEntries;
  }

  /** The id of a new pack: random, never 0 (which stands for no pack). */
  static long newId() {
    return new SecureRandom().nextLong() | 1;
  }
}
