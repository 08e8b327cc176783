package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.Metadata;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

class QuoteExtractionTest {
  @Test
  void quoteResumedAfterAttributionIsASecondQuote() {
    Metadata m = Stories.extract("""
        Bridge

        Mirela Stanescu, the city engineer, inspected the bridge.

        "The cables are in good shape for their age," Stanescu said. "We will still replace two of them next year."
        """);
    assertEquals(List.of(
        new Quote("Mirela Stanescu", "The cables are in good shape for their age,"),
        new Quote("Mirela Stanescu", "We will still replace two of them next year.")), m.quotes());
  }

  @Test
  void pronounAttributionGoesToTheMostRecentPerson() {
    Metadata m = Stories.extract("""
        Wine

        Giorgio Bellandi runs a vineyard near the coast.

        "The harvest came two weeks early this year," he said.
        """);
    assertEquals(List.of(new Quote("Giorgio Bellandi", "The harvest came two weeks early this year,")), m.quotes());
  }

  @Test
  void unattributedQuoteParagraphGoesToTheLastSpeaker() {
    Metadata m = Stories.extract("""
        Rail

        "We have ordered twelve new trains for the line," said Ingeborg Maehle, the operator's director.

        "They will arrive in three batches over two years."
        """);
    assertEquals(2, m.quotes().size());
    assertEquals("Ingeborg Maehle", m.quotes().get(1).speaker());
  }

  @Test
  void shortScareQuotesAreNotQuotes() {
    Metadata m = Stories.extract("""
        Slogan

        Carlos Medeiros said the "green deal" was popular.
        """);
    assertEquals(List.of(), m.quotes());
  }
}
