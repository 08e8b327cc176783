package org.dateline.edit;

import java.util.List;

/** Front matter lines: values as YAML double-quoted strings, so any text reads back as written. */
final class Yaml {
  private Yaml() {}

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  static String list(List<String> values) {
    return "[" + String.join(", ", values.stream().map(Yaml::quote).toList()) + "]";
  }
}
