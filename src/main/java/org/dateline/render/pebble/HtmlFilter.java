package org.dateline.render.pebble;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Utf8Text;

/**
 * {@code {{ article.body | html }}}: HTML the archive made safe, written as it is (as {@code raw}
 * would). A body held as UTF-8 bytes ({@link Utf8Text}) goes to the page as those bytes, never
 * decoded into a string and encoded again.
 */
final class HtmlFilter implements Filter {
  @Override
  public List<String> getArgumentNames() {
    return List.of();
  }

  @Override
  public Object apply(
      Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
    if (input == null) {
      return null;
    }
    return input instanceof Utf8Text text ? new Utf8Html(text) : new SafeString(input.toString());
  }

  /**
   * Safe HTML held as UTF-8: the escaper lets it through as any {@link SafeString}, and {@link
   * Utf8Writer} writes its bytes; any other writer gets its text.
   */
  static final class Utf8Html extends SafeString {
    private final Utf8Text text;

    Utf8Html(Utf8Text text) {
      super(null);
      this.text = text;
    }

    Utf8Text text() {
      return text;
    }

    @Override
    public String toString() {
      return text.toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Utf8Html other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }
}
