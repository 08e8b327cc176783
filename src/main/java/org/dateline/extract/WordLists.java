package org.dateline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the gazetteer data files bundled under {@code org/dateline/extract/}. */
final class WordLists {
  private WordLists() {}

  /** The non-blank lines of a bundled data file, without comment lines ({@code #...}). */
  static List<String> lines(String name) {
    InputStream in = WordLists.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing gazetteer resource " + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The space-separated words of a bundled data file. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String line : lines(name)) {
      for (String w : line.split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }
}
