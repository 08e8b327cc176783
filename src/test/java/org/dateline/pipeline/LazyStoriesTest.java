package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;

class LazyStoriesTest {
  private static final Story ALPHA = StoryCodecTest.story("content/alpha.md", "<p>Alpha</p>");
  private static final Story BETA = StoryCodecTest.story("content/beta.md", "<p>Beta</p>");

  /** The entry of {@code story} as a cache file holds it, its record cut to {@code length} bytes (-1: whole). */
  private static StoryCacheFile.Packed packed(Story story, int length) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      StoryCodec.write(out, new StoryCache.Entry("k", story, List.of()));
    }
    byte[] record = bytes.toByteArray();
    return new StoryCacheFile.Packed("k", "source", "stamp", record, 0, length < 0 ? record.length : length, 1, null);
  }

  @Test
  void aStoryIsDecodedWhenFirstAskedForAndThenKept() throws IOException {
    LazyStories stories =
        new LazyStories(List.of(ALPHA.file(), BETA.file()), List.of(packed(ALPHA, -1), packed(BETA, -1)));
    assertEquals(BETA, stories.get(1));
    assertSame(stories.get(1), stories.get(1), "decoded once, then kept");
    assertSame(stories.get(0), stories.byFile().get(ALPHA.file()).get());
    assertEquals(List.of(ALPHA, BETA), stories.decodeAll());
  }

  @Test
  void anEntryOfAnotherFileOrThatCannotBeDecodedIsAFaultNotAStory() throws IOException {
    LazyStories otherFile = new LazyStories(List.of(BETA.file()), List.of(packed(ALPHA, -1)));
    assertThrows(IllegalStateException.class, () -> otherFile.get(0));
    LazyStories cut = new LazyStories(List.of(ALPHA.file()), List.of(packed(ALPHA, 20)));
    assertThrows(IllegalStateException.class, () -> cut.get(0));
    assertThrows(
        IllegalArgumentException.class, () -> new LazyStories(List.of(ALPHA.file()), List.of()), "one entry a file");
  }
}
