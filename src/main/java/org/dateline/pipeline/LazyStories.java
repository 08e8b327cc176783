package org.dateline.pipeline;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.dateline.model.Story;
import org.dateline.parallel.Parallel;

/**
 * The stories of a build in file order, each decoded from its cache entry when first asked for
 * and then kept. A build that takes the last build's archive needs the bodies of a few stories
 * only (those of the pages it renders again), and so decodes only those. Thread-safe: two threads
 * asking for the same story may both decode it, and get equal stories.
 */
final class LazyStories extends AbstractList<Story> implements RandomAccess {
  private final List<String> files;
  private final List<StoryCache.Stored> entries;
  private final AtomicReferenceArray<Story> decoded;

  /**
   * @param files the display path of each story's file
   * @param entries each story's entry, which has a story (see {@link StoryCache.Head#hasStory})
   */
  LazyStories(List<String> files, List<StoryCache.Stored> entries) {
    if (files.size() != entries.size()) {
      throw new IllegalArgumentException(files.size() + " files for " + entries.size() + " entries");
    }
    this.files = List.copyOf(files);
    this.entries = List.copyOf(entries);
    this.decoded = new AtomicReferenceArray<>(entries.size());
  }

  @Override
  public int size() {
    return entries.size();
  }

  /**
   * The story of the {@code i}th file, decoded now if it was not yet.
   *
   * @throws IllegalStateException when its entry cannot be decoded, though its head could be: a
   *     cache file passes its checksum before any of its entries is used, so only a fault of the
   *     code itself does that
   */
  @Override
  public Story get(int i) {
    Story story = decoded.get(i);
    if (story == null) {
      StoryCache.Entry entry = entries.get(i).entry();
      story = entry == null ? null : entry.story();
      if (story == null || !story.file().equals(files.get(i))) {
        throw new IllegalStateException("the build cache's entry for " + files.get(i) + " cannot be read");
      }
      decoded.set(i, story);
    }
    return story;
  }

  /** Every story, decoded on all cores. */
  List<Story> decodeAll() {
    return Parallel.map(size(), this::get);
  }

  /** Each story by its file, decoded when asked for. */
  Map<String, Supplier<Story>> byFile() {
    Map<String, Supplier<Story>> byFile = new HashMap<>(2 * size());
    for (int i = 0; i < size(); i++) {
      int story = i;
      byFile.put(files.get(i), () -> get(story));
    }
    return byFile;
  }
}
