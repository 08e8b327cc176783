package org.dateline.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A flat YAML file of {@code key: value} lines (a settings file), read with {@link SafeYaml}. */
final class SimpleYaml {
  private final SafeYaml yaml;
  private final Map<String, ScalarNode> values = new LinkedHashMap<>();
  private final Map<String, ScalarNode> keys = new LinkedHashMap<>();

  private SimpleYaml(SafeYaml yaml) {
    this.yaml = yaml;
  }

  static SimpleYaml parse(String text, String file) throws ContentException {
    SafeYaml safe = new SafeYaml(file, 1);
    SimpleYaml out = new SimpleYaml(safe);
    MappingNode mapping = safe.mapping(text);
    if (mapping == null) {
      return out;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new ContentException(safe.at(tuple.getKeyNode(), "keys must be plain words"));
      }
      if (!(tuple.getValueNode() instanceof ScalarNode value)) {
        throw new ContentException(
            safe.at(tuple.getValueNode(), "'" + key.getValue() + "' must be a single value"));
      }
      out.values.put(key.getValue(), value);
      out.keys.put(key.getValue(), key);
    }
    return out;
  }

  void warnUnknown(List<String> known, List<Diagnostic> warnings) {
    keys.forEach(
        (key, node) -> {
          if (!known.contains(key)) {
            warnings.add(Diagnostic.warning(yaml.pos(node), "config", "unknown setting '" + key + "'"));
          }
        });
  }

  String string(String key, String fallback) {
    ScalarNode node = values.get(key);
    return node == null || node.getValue().isBlank() ? fallback : node.getValue().strip();
  }

  int positiveInt(String key, int fallback) throws ContentException {
    String v = string(key, null);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(key, "'" + key + "' must be a positive whole number, not '" + v + "'");
  }

  boolean bool(String key, boolean fallback) throws ContentException {
    String v = string(key, null);
    if (v == null) {
      return fallback;
    }
    Boolean b = SafeYaml.bool(v);
    if (b == null) {
      throw error(key, "'" + key + "' must be true or false, not '" + v + "'");
    }
    return b;
  }

  ContentException error(String key, String message) {
    return new ContentException(yaml.at(values.get(key), message));
  }
}
