package org.dateline.render.search;

import java.util.List;
import java.util.Objects;

/**
 * What the search index takes from one chunk of stories, all a later build needs of the chunk
 * when its stories are the same: each story's length (its weighted number of terms), how many
 * text blocks the chunk's files have, and each term with its postings, as triples of the story's
 * place in the chunk, the term's weighted frequency there and the block where it first appears.
 * The arrays are never changed.
 */
public record ChunkTerms(int[] lengths, int blocks, List<String> terms, List<int[]> postings) {
  public ChunkTerms {
    Objects.requireNonNull(lengths, "lengths");
    terms = List.copyOf(terms);
    postings = List.copyOf(postings);
    if (terms.size() != postings.size()) {
      throw new IllegalArgumentException(terms.size() + " terms but " + postings.size() + " postings");
    }
  }
}
