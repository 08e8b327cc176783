package org.dateline.render.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.CountryMention;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;

/**
 * The {@code extract} command's output: one JSON object per file in the prediction format of the
 * evaluation schema. Named countries go under {@code countries}; countries only implied (by a
 * demonym, a capital, the dateline city) under {@code implied_countries}.
 */
public final class ExtractionReport {
  private final Json json = new Json();
  private final List<Map<String, Object>> entries = new ArrayList<>();

  public void add(String file, Metadata metadata) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("file", file);
    entry.put("title", metadata.title());
    Map<String, Object> dateline = new LinkedHashMap<>();
    dateline.put("places", metadata.dateline().places());
    dateline.put("date", metadata.dateline().date());
    entry.put("dateline", dateline);
    List<Map<String, Object>> people = new ArrayList<>();
    for (PersonMention p : metadata.people()) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("name", p.name());
      person.put("aliases", p.aliases());
      person.put("roles", p.roles());
      people.add(person);
    }
    entry.put("people", people);
    entry.put("countries", countries(metadata.countries(), true));
    entry.put("implied_countries", countries(metadata.countries(), false));
    entry.put("sections", metadata.sections());
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Quote q : metadata.quotes()) {
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("speaker", q.speaker());
      quote.put("text", q.text());
      quotes.add(quote);
    }
    entry.put("quotes", quotes);
    entries.add(entry);
  }

  private static List<Map<String, Object>> countries(List<CountryMention> all, boolean named) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CountryMention c : all) {
      if (c.named() == named) {
        Map<String, Object> country = new LinkedHashMap<>();
        country.put("code", c.code());
        country.put("name", c.name());
        out.add(country);
      }
    }
    return out;
  }

  public String toJson(boolean pretty) {
    return json.write(entries, pretty);
  }
}
