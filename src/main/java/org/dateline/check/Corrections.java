package org.dateline.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.diag.Diagnostic;
import org.dateline.extract.MetadataExtractor;
import org.dateline.extract.PeopleRegistry;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.SourcePos;
import org.dateline.model.Story;
import org.dateline.read.FrontMatter;
import org.dateline.read.ParsedDocument;

/**
 * What the editor's corrections changed in one story, as notes: the extraction without registry
 * and without the front matter's people/countries/not_people, then with the registry, then with
 * the front matter too; each step's difference is reported.
 */
final class Corrections {
  private final MetadataExtractor plain;
  private final MetadataExtractor withRegistry;

  Corrections(MetadataExtractor plain, MetadataExtractor withRegistry) {
    this.plain = plain;
    this.withRegistry = withRegistry;
  }

  List<Diagnostic> describe(ParsedDocument document) {
    ParsedDocument bare = withoutCorrections(document);
    Metadata extracted = plain.extract(bare);
    Metadata registered = withRegistry.extract(bare);
    Metadata corrected = withRegistry.extract(document);
    List<String> changes = new ArrayList<>();
    diff("registry", names(extracted), names(registered), "", changes);
    diff("registry", codes(extracted), codes(registered), "country ", changes);
    diff("front matter", names(registered), names(corrected), "", changes);
    diff("front matter", codes(registered), codes(corrected), "country ", changes);
    SourcePos pos = SourcePos.startOf(document.file());
    return changes.stream().map(m -> Diagnostic.note(pos, "correction", m)).toList();
  }

  /** Renames (same surname), removals and additions from {@code before} to {@code after}. */
  private static void diff(
      String by, Set<String> before, Set<String> after, String what, List<String> out) {
    List<String> removed = new ArrayList<>(before);
    removed.removeAll(after);
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    for (String name : List.copyOf(added)) {
      String old = removed.stream().filter(r -> sameSurname(r, name)).findFirst().orElse(null);
      if (old != null && what.isEmpty()) {
        out.add(by + " renamed '" + old + "' to '" + name + "'");
        removed.remove(old);
        added.remove(name);
      }
    }
    removed.forEach(r -> out.add(by + " removed " + what + "'" + r + "'"));
    added.forEach(a -> out.add(by + " added " + what + "'" + a + "'"));
  }

  private static boolean sameSurname(String a, String b) {
    return lastWord(a).equals(lastWord(b));
  }

  private static String lastWord(String name) {
    String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  private static Set<String> names(Metadata m) {
    Set<String> out = new LinkedHashSet<>();
    m.people().forEach(p -> out.add(p.name()));
    return out;
  }

  private static Set<String> codes(Metadata m) {
    Set<String> out = new LinkedHashSet<>();
    m.countries().forEach(c -> out.add(c.code()));
    return out;
  }

  static ParsedDocument withoutCorrections(ParsedDocument d) {
    FrontMatter fm = d.frontMatter();
    FrontMatter bare =
        new FrontMatter(fm.title(), fm.date(), fm.places(), fm.authors(), fm.source(), null, null,
            List.of(), fm.slug(), fm.draft());
    return new ParsedDocument(d.file(), d.title(), bare, d.blocks(), d.figures(), d.originalSource());
  }

  /** Registry entries that no story's people match, placed at the entry's line in the file. */
  static List<Diagnostic> unusedEntries(
      PeopleRegistry registry, String registryText, Iterable<Story> stories) {
    Set<PeopleRegistry.Entry> used = new java.util.HashSet<>();
    for (Story story : stories) {
      for (PersonMention p : story.metadata().people()) {
        mark(registry, p.name(), used);
        p.aliases().forEach(a -> mark(registry, a, used));
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (PeopleRegistry.Entry entry : registry.entries()) {
      if (!used.contains(entry)) {
        out.add(Diagnostic.warning(position(registryText, entry.name()), "registry-unused",
            "registry entry '" + entry.name() + "' matches no person in any story"));
      }
    }
    return out;
  }

  private static void mark(PeopleRegistry registry, String name, Set<PeopleRegistry.Entry> used) {
    PeopleRegistry.Entry e = registry.lookup(name);
    if (e != null) {
      used.add(e);
    }
  }

  private static SourcePos position(String text, String name) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int col = lines[i].indexOf(name);
      if (col >= 0) {
        return new SourcePos(SiteChecker.REGISTRY, i + 1, col + 1);
      }
    }
    return SourcePos.startOf(SiteChecker.REGISTRY);
  }

}
