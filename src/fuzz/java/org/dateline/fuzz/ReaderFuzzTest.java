package org.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import org.dateline.diag.ContentException;
import org.dateline.extract.MetadataExtractor;
import org.dateline.read.DocumentReader;
import org.dateline.read.ParsedDocument;

/**
 * Fuzzes the reader and the extractor with arbitrary stories. A content problem is a
 * {@link ContentException} (a diagnostic for the user); anything else thrown is a bug.
 */
class ReaderFuzzTest {
  private static final DocumentReader READER = new DocumentReader();
  private static final MetadataExtractor EXTRACTOR = MetadataExtractor.withDefaults();

  @FuzzTest(maxDuration = "90s")
  void markdownStories(byte[] data) {
    readAndExtract(data, "content/fuzz.md");
  }

  @FuzzTest(maxDuration = "90s")
  void plainTextStories(byte[] data) {
    readAndExtract(data, "seeds/fuzz.txt");
  }

  private static void readAndExtract(byte[] data, String name) {
    if (hasLongBackslashRun(data)) {
      // flexmark backtracks exponentially on link labels with long runs of backslashes; the
      // build's per-story time limit reports such a story (HostileInputTest pins that).
      return;
    }
    try {
      ParsedDocument document = READER.parseBytes(data, name, new ArrayList<>());
      EXTRACTOR.extract(document);
    } catch (ContentException expected) {
      // a clear diagnostic for broken input: fine
    }
  }

  private static boolean hasLongBackslashRun(byte[] data) {
    int run = 0;
    for (byte b : data) {
      run = b == '\\' ? run + 1 : 0;
      if (run >= 16) {
        return true;
      }
    }
    return false;
  }
}
