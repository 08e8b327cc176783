package org.dateline.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/** The one configured Jackson mapper: sorted map keys, {@code \n} line endings, no timestamps. */
public final class Json {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .build();
  private final ObjectWriter pretty =
      mapper.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /**
   * {@code items} as an indented JSON array in UTF-8, ending with a line break, written to
   * {@code out} one item at a time by {@code writer} (so nothing but the item is held). Does not
   * close {@code out}.
   */
  public <T> void writeIndentedArray(OutputStream out, Iterable<T> items, ItemWriter<T> writer)
      throws IOException {
    try (JsonGenerator generator = pretty.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.writeStartArray();
      for (T item : items) {
        writer.write(generator, item);
      }
      generator.writeEndArray();
    }
    out.write('\n');
  }

  /**
   * Writes one item of an array as a JSON value through the generator's own calls, which indent it
   * as the mapper would (object keys must come sorted, as the mapper sorts them).
   */
  @FunctionalInterface
  public interface ItemWriter<T> {
    void write(JsonGenerator generator, T item) throws IOException;
  }

  public String write(Object value, boolean indent) {
    try {
      return indent ? pretty.writeValueAsString(value) + "\n" : mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
