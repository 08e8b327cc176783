package org.dateline.render;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.dateline.model.Article;

/**
 * What a build knows of the last one when its archive differs from that build's only in the
 * bodies of some stories (the words of their paragraphs; see {@code Story#outline}): the files of
 * those stories, and the key the last build made each output file from.
 *
 * <p>Nothing in a page's context but an article's body is made of a story's paragraphs, and lists
 * hold summaries, without the body (see {@code ArticleSummary}). So a page whose context holds
 * none of those stories' articles is made of the same values as then, and its key is the last one.
 *
 * @param files the {@code Article#file} of each story whose body changed
 * @param lastKeys the key of the output file at a path in the last build, or null
 */
public record BodyEdits(Set<String> files, Function<String, String> lastKeys) {
  public BodyEdits {
    files = Set.copyOf(files);
    Objects.requireNonNull(lastKeys, "lastKeys must not be null");
  }

  /** Whether {@code article} is one of the edited stories'. */
  boolean edited(Article article) {
    return files.contains(article.file());
  }
}
