package org.dateline.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Splits YAML front matter (between {@code ---} lines) from a story and reads it into
 * {@link FrontMatter}. YAML is loaded safely: no custom tags, bounded aliases, size and depth.
 * Every error names the line and column in the story file.
 */
final class FrontMatterParser {
  static final Set<String> KEYS =
      Set.of(
          "title", "date", "dateline", "authors", "author", "source", "people", "countries",
          "not_people", "slug", "draft");
  private static final Pattern FENCE = Pattern.compile("---[ \t]*");
  private static final Pattern END_FENCE = Pattern.compile("(---|\\.\\.\\.)[ \t]*");

  /** Front matter and the body after it; {@code bodyLine} is the body's first line in the file. */
  record Split(FrontMatter frontMatter, String body, int bodyLine) {}

  private final String file;
  private final List<Diagnostic> warnings;

  FrontMatterParser(String file, List<Diagnostic> warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  Split split(String text) throws ContentException {
    int firstEnd = lineEnd(text, 0);
    if (!text.startsWith("---") || !FENCE.matcher(text.substring(0, firstEnd)).matches()) {
      return new Split(FrontMatter.EMPTY, text, 1);
    }
    // the lines are looked at one by one up to the closing fence: the body is the rest, as it is
    int yamlStart = firstEnd + 1;
    int line = 1;
    for (int start = yamlStart; start <= text.length(); line++) {
      int end = lineEnd(text, start);
      if (END_FENCE.matcher(text.substring(start, end)).matches()) {
        String yaml = start > yamlStart ? text.substring(yamlStart, start - 1) : "";
        String body = end < text.length() ? text.substring(end + 1) : "";
        return new Split(parse(yaml), body, line + 2);
      }
      start = end + 1;
    }
    throw new ContentException(
        Diagnostic.error(
            new SourcePos(file, 1, 1),
            "front-matter",
            "front matter is not closed: add a line '---' after it"));
  }

  /** Where the line starting at {@code start} ends: its '\n', or the end of the text. */
  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  private FrontMatter parse(String yaml) throws ContentException {
    MappingNode mapping = yaml().mapping(yaml);
    if (mapping == null) {
      return FrontMatter.EMPTY;
    }
    Fields fields = new Fields();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        throw at(tuple.getKeyNode(), "front matter keys must be plain words");
      }
      fields.set(keyNode.getValue().toLowerCase(Locale.ROOT), keyNode, tuple.getValueNode());
    }
    return fields.build();
  }

  private final class Fields {
    String title;
    String date;
    List<String> places;
    List<String> authors = List.of();
    String source;
    List<String> people;
    List<String> countries;
    List<String> notPeople = List.of();
    String slug;
    boolean draft;

    void set(String key, ScalarNode keyNode, Node value) throws ContentException {
      switch (key) {
        case "title" -> title = scalar(key, value);
        case "date" -> date = date(value);
        case "dateline" -> places = placeList(value);
        case "authors", "author" -> authors = list(key, value);
        case "source" -> source = scalar(key, value);
        case "people" -> people = list(key, value);
        case "countries" -> countries = list(key, value);
        case "not_people" -> notPeople = list(key, value);
        case "slug" -> slug = scalar(key, value);
        case "draft" -> draft = bool(key, value);
        default -> warnings.add(
            Diagnostic.warning(
                pos(keyNode), "front-matter", "unknown front matter key '" + key + "'" + suggest(key)));
      }
    }

    FrontMatter build() {
      return new FrontMatter(
          title, date, places, authors, source, people, countries, notPeople, slug, draft);
    }
  }

  private String scalar(String key, Node value) throws ContentException {
    if (!(value instanceof ScalarNode s)) {
      throw at(value, "'" + key + "' must be a single value");
    }
    String v = s.getValue().strip();
    return v.isEmpty() ? null : v;
  }

  private List<String> list(String key, Node value) throws ContentException {
    List<String> out = new ArrayList<>();
    if (value instanceof ScalarNode s) {
      if (!s.getValue().isBlank()) {
        out.add(s.getValue().strip());
      }
      return out;
    }
    if (!(value instanceof SequenceNode seq)) {
      throw at(value, "'" + key + "' must be a list of names");
    }
    for (Node item : seq.getValue()) {
      String v = scalar(key, item);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private List<String> placeList(Node value) throws ContentException {
    if (value instanceof ScalarNode s) {
      List<String> out = new ArrayList<>();
      for (String part : s.getValue().split("/")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }
    return list("dateline", value);
  }

  private boolean bool(String key, Node value) throws ContentException {
    String v = scalar(key, value);
    if (v == null) {
      return false;
    }
    Boolean b = SafeYaml.bool(v);
    if (b == null) {
      throw at(value, "'" + key + "' must be true or false, not '" + v + "'");
    }
    return b;
  }

  private String date(Node value) throws ContentException {
    String v = scalar("date", value);
    if (v == null) {
      return null;
    }
    String day = v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ') ? v.substring(0, 10) : v;
    try {
      return LocalDate.parse(day).toString();
    } catch (DateTimeParseException e) {
      throw at(value, "'date' must be a real date written yyyy-mm-dd, not '" + v + "'");
    }
  }

  private static String suggest(String key) {
    String best = null;
    int bestDistance = 3;
    for (String known : KEYS) {
      int d = editDistance(key, known);
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private SourcePos pos(Node node) {
    return yaml().pos(node);
  }

  private ContentException at(Node node, String message) {
    return new ContentException(Diagnostic.error(pos(node), "front-matter", message));
  }

  private SafeYaml yaml() {
    return new SafeYaml(file, 2);
  }
}
