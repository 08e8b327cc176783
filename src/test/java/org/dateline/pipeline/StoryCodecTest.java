package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.dateline.diag.Diagnostic;
import org.dateline.model.CountryMention;
import org.dateline.model.Dateline;
import org.dateline.model.Figure;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;
import org.dateline.model.SourcePos;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;

class StoryCodecTest {
  static Story story(String file, String bodyHtml) {
    return new Story(
        file,
        null,
        "2024-03-01",
        List.of("Ann Lee", "Bo Kim"),
        null,
        List.of(new Figure("The new ferry in Valletta", ""), new Figure("Port", "Shutterstock/Evgenykz")),
        List.of(Story.BodyPart.heading("Shipping lines"), Story.BodyPart.html(bodyHtml)),
        "A new ferry line links Valletta and Pozzallo from June, the operator said on…",
        new Metadata(
            "New Ferry Line Links Malta and Sicily",
            new Dateline(List.of("Valletta", "Pozzallo"), null),
            List.of(
                new PersonMention("Joseph Camilleri", List.of("Camilleri", "Mr Camilleri"), List.of("Minister")),
                new PersonMention("송영길", List.of(), List.of())),
            List.of(new CountryMention("MT", "Malta", true), new CountryMention("IT", "Italy", false)),
            List.of("Shipping lines"),
            List.of(new Quote("Joseph Camilleri", "“A new link” — ninety minutes"))));
  }

  private static StoryCache.Entry roundTrip(StoryCache.Entry entry) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      StoryCodec.write(out, entry);
    }
    byte[] written = bytes.toByteArray();
    CacheInput in = new CacheInput(new ByteArrayInputStream(written), written.length);
    StoryCache.Entry back = StoryCodec.read(in, entry.key(), entry.source(), entry.stamp());
    assertEquals(0, in.remaining(), "every byte read");
    return back;
  }

  @Test
  void everyFieldOfAStoryAndItsDiagnosticsComesBackEqual() throws IOException {
    StoryCache.Entry entry =
        new StoryCache.Entry(
            "abc123",
            story("content/2024/ferry-line.md", "<p><em>45 euros</em> one way</p>"),
            List.of(
                Diagnostic.warning(new SourcePos("content/2024/ferry-line.md", 3, 7), "front-matter", "unknown key 'tags'"),
                Diagnostic.note(SourcePos.startOf("content/2024/ferry-line.md"), "correction", "n")));
    assertEquals(entry, roundTrip(entry));
  }

  @Test
  void theDiagnosticsAndWhetherThereIsAStoryAreReadAloneFirst() throws IOException {
    List<Diagnostic> diagnostics = List.of(Diagnostic.note(SourcePos.startOf("content/a.md"), "correction", "n"));
    for (Story story : java.util.Arrays.asList(story("content/a.md", "<p>A</p>"), null)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        StoryCodec.write(out, new StoryCache.Entry("k", story, diagnostics));
      }
      byte[] written = bytes.toByteArray();
      StoryCache.Head head = StoryCodec.readHead(new CacheInput(new ByteArrayInputStream(written), written.length));
      assertEquals(new StoryCache.Head(diagnostics, story != null), head);
    }
  }

  @Test
  void aDraftOrBrokenStoryIsAnEntryWithoutStory() throws IOException {
    StoryCache.Entry entry =
        new StoryCache.Entry(
            "k", null, List.of(Diagnostic.error(new SourcePos("content/bad.md", 2, 17), "front-matter", "not valid YAML")));
    assertEquals(entry, roundTrip(entry));
  }

  @Test
  void bodiesLongerThan64KiBAndLoneSurrogatesSurvive() throws IOException {
    char[] big = new char[200_000];
    Arrays.fill(big, 'é');
    String lone = "broken \uD800 pair and a real one \uD83D\uDE00 and a low \uDC00";
    StoryCache.Entry entry = new StoryCache.Entry("k", story(lone, new String(big)), List.of());
    StoryCache.Entry back = roundTrip(entry);
    assertEquals(entry, back);
    assertEquals(lone, back.story().file());
  }

  @Test
  void aLengthBeyondTheBytesLeftIsAnErrorNotAHugeAllocation() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(0); // no diagnostics
      out.writeBoolean(true);
      out.writeInt(Integer.MAX_VALUE); // the length of the story's file name
    }
    CacheInput in = new CacheInput(new ByteArrayInputStream(bytes.toByteArray()), 9);
    assertThrows(IOException.class, () -> StoryCodec.read(in, "k", null, null));
  }
}
