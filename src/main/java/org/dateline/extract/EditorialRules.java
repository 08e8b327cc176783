package org.dateline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.CountryInfo;
import org.dateline.model.CountryMention;
import org.dateline.model.Dateline;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;
import org.dateline.read.FrontMatter;

/**
 * Applies the editor's word over extraction: the site's people registry (canonical names, roles,
 * names that are not people) and then the story's front matter (title, date, dateline places,
 * people, countries, not-people), which wins over everything.
 */
final class EditorialRules {
  private final PeopleRegistry registry;
  private final CountryGazetteer gazetteer;

  EditorialRules(PeopleRegistry registry, CountryGazetteer gazetteer) {
    this.registry = registry;
    this.gazetteer = gazetteer;
  }

  Metadata apply(Metadata m, FrontMatter fm) {
    Set<String> notPeople = new LinkedHashSet<>();
    for (String s : fm.notPeople()) {
      notPeople.add(PeopleRegistry.key(s));
    }
    Map<String, PersonMention> merged = new LinkedHashMap<>();
    Map<String, String> renamed = new LinkedHashMap<>();
    for (PersonMention p : m.people()) {
      if (registry.isNotAPerson(p.name()) || notPeople.contains(PeopleRegistry.key(p.name()))) {
        continue;
      }
      PeopleRegistry.Entry entry = registry.lookup(p.name());
      if (entry == null) {
        for (String alias : p.aliases()) {
          entry = entry == null ? registry.lookup(alias) : entry;
        }
      }
      String name = entry == null ? p.name() : entry.name();
      renamed.put(p.name(), name);
      Set<String> aliases = new LinkedHashSet<>();
      Set<String> roles = new LinkedHashSet<>();
      PersonMention old = merged.get(PeopleRegistry.key(name));
      if (old != null) {
        aliases.addAll(old.aliases());
        roles.addAll(old.roles());
      }
      if (!p.name().equals(name)) {
        aliases.add(p.name());
      }
      aliases.addAll(p.aliases());
      roles.addAll(p.roles());
      if (entry != null && entry.role() != null) {
        roles.add(entry.role());
      }
      aliases.remove(name);
      merged.put(PeopleRegistry.key(name), new PersonMention(name, List.copyOf(aliases), List.copyOf(roles)));
    }
    List<PersonMention> people = new ArrayList<>(merged.values());
    if (fm.people() != null) {
      List<PersonMention> given = new ArrayList<>();
      for (String name : fm.people()) {
        PeopleRegistry.Entry entry = registry.lookup(name);
        String canonical = entry == null ? name.strip() : entry.name();
        PersonMention found = merged.get(PeopleRegistry.key(canonical));
        List<String> roles = found == null ? (entry != null && entry.role() != null ? List.of(entry.role()) : List.of()) : found.roles();
        List<String> aliases = found == null ? List.of() : found.aliases();
        given.add(new PersonMention(canonical, aliases, roles));
      }
      people = given;
    }
    Set<String> kept = new LinkedHashSet<>();
    for (PersonMention p : people) {
      kept.add(p.name());
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : m.quotes()) {
      String speaker = renamed.getOrDefault(q.speaker(), q.speaker());
      if (kept.contains(speaker)) {
        quotes.add(new Quote(speaker, q.text()));
      }
    }
    List<CountryMention> countries = m.countries();
    if (fm.countries() != null) {
      countries = new ArrayList<>();
      for (String c : fm.countries()) {
        CountryInfo info = gazetteer.find(c);
        if (info != null) {
          countries.add(new CountryMention(info.code(), info.name(), true));
        }
      }
    }
    Dateline dateline = m.dateline();
    if (fm.places() != null || fm.date() != null) {
      dateline = new Dateline(fm.places() != null ? fm.places() : dateline.places(),
          fm.date() != null ? fm.date() : dateline.date());
    }
    String title = fm.title() != null ? fm.title() : m.title();
    return new Metadata(title, dateline, people, countries, m.sections(), quotes);
  }
}
