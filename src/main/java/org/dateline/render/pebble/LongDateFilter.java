package org.dateline.render.pebble;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code {{ article.date | longdate }}}: "2025-11-30" becomes "30 November 2025". */
final class LongDateFilter implements Filter {
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  /** An archive has a few thousand dates and shows each on many pages. */
  private final Map<String, String> formatted = new java.util.concurrent.ConcurrentHashMap<>();

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
    try {
      return formatted.computeIfAbsent(input.toString(), date -> LocalDate.parse(date).format(LONG));
    } catch (DateTimeParseException e) {
      throw new PebbleException(e, "longdate needs a yyyy-mm-dd date, not '" + input + "'", lineNumber, self.getName());
    }
  }
}
