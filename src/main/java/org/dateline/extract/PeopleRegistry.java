package org.dateline.extract;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The site-wide people registry ({@code content/people.yaml}, see docs/people-registry.md): the
 * canonical name of each person with the other names the stories use for them (other spellings,
 * other scripts), an optional role, and names that are not people at all. Immutable.
 *
 * <pre>{@code
 * PeopleRegistry registry = PeopleRegistry.parse(Files.readString(path), "content/people.yaml");
 * MetadataExtractor extractor = MetadataExtractor.withDefaults(registry);
 * }</pre>
 */
public final class PeopleRegistry {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** One person: canonical name, other names, and a role (null when none is given). */
  public record Entry(String name, List<String> aliases, String role) {
    public Entry {
      Objects.requireNonNull(name, "name must not be null");
      aliases = List.copyOf(aliases);
    }
  }

  public static final PeopleRegistry EMPTY = new PeopleRegistry(List.of(), List.of());

  private static final int MAX_CHARS = 4 * 1024 * 1024;

  private final List<Entry> entries;
  private final List<String> notPeople;
  private final Map<String, Entry> byName = new HashMap<>();
  private final Set<String> notPeopleKeys = new HashSet<>();

  public PeopleRegistry(List<Entry> entries, List<String> notPeople) {
    this.entries = List.copyOf(entries);
    this.notPeople = List.copyOf(notPeople);
    for (Entry e : this.entries) {
      byName.put(key(e.name()), e);
      for (String alias : e.aliases()) {
        byName.putIfAbsent(key(alias), e);
      }
    }
    for (String s : this.notPeople) {
      notPeopleKeys.add(key(s));
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  public List<String> notPeople() {
    return notPeople;
  }

  /** The entry a name (canonical or alias) belongs to, or null. */
  public Entry lookup(String name) {
    return byName.get(key(name));
  }

  public boolean isNotAPerson(String name) {
    return notPeopleKeys.contains(key(name));
  }

  static String key(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ").replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a registry from YAML text. Throws with {@code file:line:col} for every problem.
   *
   * @param displayPath the path shown in diagnostics ("content/people.yaml")
   */
  public static PeopleRegistry parse(String yaml, String displayPath) throws ContentException {
    Objects.requireNonNull(yaml, "yaml must not be null");
    Objects.requireNonNull(displayPath, "displayPath must not be null");
    if (yaml.length() > MAX_CHARS) {
      throw new ContentException(Diagnostic.error(SourcePos.startOf(displayPath), "people-registry",
          "people registry is larger than 4 MiB"));
    }
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(20);
      options.setNestingDepthLimit(20);
      options.setCodePointLimit(MAX_CHARS);
      // what SnakeYAML's Yaml#compose does, without building the object constructor and
      // representer of a Yaml (this needs the nodes only)
      root = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), new Resolver(), options)
          .getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new ContentException(Diagnostic.error(
          mark == null ? SourcePos.startOf(displayPath) : new SourcePos(displayPath, mark.getLine() + 1, mark.getColumn() + 1),
          "people-registry", "not valid YAML: " + problem.strip()));
    } catch (YAMLException e) {
      throw new ContentException(Diagnostic.error(SourcePos.startOf(displayPath), "people-registry",
          "not valid YAML: " + String.valueOf(e.getMessage()).strip()));
    }
    if (root == null) {
      return EMPTY;
    }
    Reader reader = new Reader(displayPath);
    if (!(root instanceof MappingNode mapping)) {
      throw reader.error(root, "the registry must be a mapping with 'people' and 'not_people'");
    }
    List<Entry> entries = new ArrayList<>();
    List<String> notPeople = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = reader.scalar(tuple.getKeyNode(), "key");
      switch (key) {
        case "people" -> {
          for (Node item : reader.sequence(tuple.getValueNode(), "people")) {
            entries.add(reader.entry(item));
          }
        }
        case "not_people" -> notPeople.addAll(reader.strings(tuple.getValueNode(), "not_people"));
        default -> throw reader.error(tuple.getKeyNode(),
            "unknown key '" + key + "' (expected 'people' or 'not_people')");
      }
    }
    Set<String> seen = new HashSet<>();
    for (Entry e : entries) {
      if (!seen.add(key(e.name()))) {
        throw new ContentException(Diagnostic.error(SourcePos.startOf(displayPath), "people-registry",
            "person '" + e.name() + "' is listed twice"));
      }
    }
    return new PeopleRegistry(entries, notPeople);
  }

  private record Reader(String file) {
    ContentException error(Node node, String message) {
      Mark m = node.getStartMark();
      SourcePos pos = m == null ? SourcePos.startOf(file) : new SourcePos(file, m.getLine() + 1, m.getColumn() + 1);
      return new ContentException(Diagnostic.error(pos, "people-registry", message));
    }

    String scalar(Node node, String what) throws ContentException {
      if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
        throw error(node, what + " must be a non-empty text");
      }
      return s.getValue().strip();
    }

    List<Node> sequence(Node node, String what) throws ContentException {
      if (!(node instanceof SequenceNode s)) {
        throw error(node, what + " must be a list");
      }
      return s.getValue();
    }

    List<String> strings(Node node, String what) throws ContentException {
      if (node instanceof ScalarNode) {
        return List.of(scalar(node, what));
      }
      List<String> out = new ArrayList<>();
      for (Node item : sequence(node, what)) {
        out.add(scalar(item, what + " entry"));
      }
      return out;
    }

    Entry entry(Node node) throws ContentException {
      if (node instanceof ScalarNode) {
        return new Entry(scalar(node, "person"), List.of(), null);
      }
      if (!(node instanceof MappingNode mapping)) {
        throw error(node, "a person must be a name or a mapping with 'name', 'aliases', 'role'");
      }
      String name = null;
      List<String> aliases = List.of();
      String role = null;
      for (NodeTuple t : mapping.getValue()) {
        String key = scalar(t.getKeyNode(), "key");
        switch (key) {
          case "name" -> name = scalar(t.getValueNode(), "name");
          case "aliases" -> aliases = strings(t.getValueNode(), "aliases");
          case "role" -> role = scalar(t.getValueNode(), "role");
          default -> throw error(t.getKeyNode(), "unknown key '" + key + "' (expected name, aliases, role)");
        }
      }
      if (name == null) {
        throw error(node, "a person needs a 'name'");
      }
      return new Entry(name, aliases, role);
    }
  }
}
