package org.dateline.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many times each key was counted, counted in place (no boxed number made per count). */
final class Tally {
  private final Map<String, int[]> counts = new HashMap<>();

  void add(String key) {
    counts.computeIfAbsent(key, k -> new int[1])[0]++;
  }

  /** The keys counted, most counted first, then by key. */
  List<String> byCountDescending() {
    List<Map.Entry<String, int[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Integer.compare(b.getValue()[0], a.getValue()[0])
        : a.getKey().compareTo(b.getKey()));
    List<String> keys = new ArrayList<>(entries.size());
    entries.forEach(e -> keys.add(e.getKey()));
    return List.copyOf(keys);
  }
}
