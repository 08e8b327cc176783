package org.dateline.read;

import java.io.StringReader;
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
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads YAML the safe way: no custom tags, duplicate keys refused, aliases, nesting and size
 * bounded, every scalar kept as text (so {@code 2024-02-30} is checked as a date by the caller,
 * not silently turned into March). Errors carry the file, line and column.
 */
public final class SafeYaml {
  static final int MAX_CHARS = 256 * 1024;

  private final String file;
  private final int firstLine;

  /** @param firstLine the line of the file where the YAML text starts (1-based) */
  public SafeYaml(String file, int firstLine) {
    this.file = file;
    this.firstLine = firstLine;
  }

  /** The top-level mapping of {@code yaml}, or null when the text holds no document. */
  public MappingNode mapping(String yaml) throws ContentException {
    if (yaml.length() > MAX_CHARS) {
      throw new ContentException(error(firstLine, 1, "YAML is larger than 256 KiB"));
    }
    Node root;
    try {
      // what SnakeYAML's Yaml#compose does, without the object constructor and representer a Yaml
      // is built with (this needs the nodes only), which cost a cold start more than the parse
      LoaderOptions options = options();
      root = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), new StringsOnly(), options)
          .getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new ContentException(
          error(
              mark == null ? firstLine : mark.getLine() + firstLine,
              mark == null ? 1 : mark.getColumn() + 1,
              "not valid YAML: " + problem.strip()));
    } catch (YAMLException e) {
      throw new ContentException(error(firstLine, 1, "not valid YAML: " + e.getMessage().strip()));
    }
    if (root == null) {
      return null;
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new ContentException(at(root, "expected 'key: value' lines"));
    }
    return mapping;
  }

  /** A YAML yes/no value ({@code true}, {@code yes}, {@code on} and their opposites), else null. */
  static Boolean bool(String value) {
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> Boolean.TRUE;
      case "false", "no", "off" -> Boolean.FALSE;
      default -> null;
    };
  }

  public SourcePos pos(Node node) {
    Mark m = node.getStartMark();
    return new SourcePos(file, m.getLine() + firstLine, m.getColumn() + 1);
  }

  public Diagnostic at(Node node, String message) {
    return Diagnostic.error(pos(node), "yaml", message);
  }

  private Diagnostic error(int line, int column, String message) {
    return Diagnostic.error(new SourcePos(file, line, column), "yaml", message);
  }

  /** The limits every document is read with. */
  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  /** No implicit types: dates, numbers and booleans stay text and are checked by the caller. */
  private static final class StringsOnly extends Resolver {
    @Override
    protected void addImplicitResolvers() {}
  }
}
