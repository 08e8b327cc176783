package org.dateline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.CountryMention;
import org.dateline.model.Metadata;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;

/** Scores one article's metadata against its gold entry, as shared/eval/score.py does. */
final class GoldScoring {
  int peopleTp;
  int peopleFp;
  int peopleFn;
  int countriesTp;
  int countriesFp;
  int countriesFn;
  int rolesFound;
  int rolesTotal;
  int quotesFound;
  int quotesTotal;
  final List<String> differences = new ArrayList<>();

  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    n = n.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('–', '-').replace('—', '-');
    n = n.replaceAll("[-.,]", " ");
    return n.strip().replaceAll("\\s+", " ");
  }

  private static String letters(String s) {
    return norm(s).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
  }

  void score(JsonNode gold, Metadata m) {
    List<String> optional = new ArrayList<>();
    gold.path("people_optional").forEach(n -> optional.add(norm(n.asText())));
    List<PersonMention> unmatched = new ArrayList<>(m.people());
    for (JsonNode g : gold.path("people")) {
      Set<String> forms = new HashSet<>();
      forms.add(norm(g.get("name").asText()));
      g.path("accept").forEach(a -> forms.add(norm(a.asText())));
      PersonMention match = null;
      for (PersonMention p : unmatched) {
        if (forms.contains(norm(p.name()))) {
          match = p;
          break;
        }
      }
      if (match == null) {
        peopleFn++;
        differences.add("missing person " + g.get("name").asText());
        if (g.has("role")) {
          rolesTotal++;
        }
        continue;
      }
      unmatched.remove(match);
      peopleTp++;
      if (g.has("role") && !g.get("role").isNull()) {
        rolesTotal++;
        String role = norm(g.get("role").asText());
        boolean ok = match.roles().stream().map(GoldScoring::norm).anyMatch(r -> r.contains(role) || role.contains(r));
        if (ok) {
          rolesFound++;
        } else {
          differences.add("role of " + match.name() + ": want '" + g.get("role").asText() + "', got " + match.roles());
        }
      }
    }
    for (PersonMention p : unmatched) {
      if (!optional.contains(norm(p.name()))) {
        peopleFp++;
        differences.add("extra person " + p.name());
      }
    }
    Set<String> goldCountries = new HashSet<>();
    gold.path("countries").forEach(c -> goldCountries.add(c.asText()));
    Set<String> optionalCountries = new HashSet<>();
    gold.path("countries_optional").forEach(c -> optionalCountries.add(c.asText()));
    Set<String> predicted = new HashSet<>();
    for (CountryMention c : m.countries()) {
      if (c.named()) {
        predicted.add(c.code());
      }
    }
    for (String c : predicted) {
      if (goldCountries.contains(c)) {
        countriesTp++;
      } else if (!optionalCountries.contains(c)) {
        countriesFp++;
        differences.add("extra country " + c);
      }
    }
    for (String c : goldCountries) {
      if (!predicted.contains(c)) {
        countriesFn++;
        differences.add("missing country " + c);
      }
    }
    for (JsonNode q : gold.path("quotes")) {
      quotesTotal++;
      String speaker = norm(q.get("speaker").asText());
      String starts = letters(q.get("starts").asText());
      boolean found = false;
      for (Quote pq : m.quotes()) {
        if (speakerMatches(m, pq.speaker(), speaker) && letters(pq.text()).startsWith(starts)) {
          found = true;
          break;
        }
      }
      if (found) {
        quotesFound++;
      } else {
        differences.add("missing quote of " + q.get("speaker").asText() + ": " + q.get("starts").asText());
      }
    }
  }

  private static boolean speakerMatches(Metadata m, String predicted, String goldSpeaker) {
    if (norm(predicted).equals(goldSpeaker)) {
      return true;
    }
    for (PersonMention p : m.people()) {
      if (p.name().equals(predicted)) {
        return p.aliases().stream().map(GoldScoring::norm).anyMatch(goldSpeaker::equals);
      }
    }
    return false;
  }

  static double f1(int tp, int fp, int fn) {
    return tp == 0 ? (fp + fn == 0 ? 1.0 : 0.0) : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  static double ratio(int found, int total) {
    return total == 0 ? 1.0 : (double) found / total;
  }
}
