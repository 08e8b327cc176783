package org.dateline.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

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
  private final ObjectWriter script =
      mapper.writer().with(new ScriptEscapes()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** JSON's escapes, and '<' and '>' as JSON's six-character escapes. */
  private static final class ScriptEscapes extends CharacterEscapes {
    private static final SerializableString LESS = new SerializedString("\\u003c");
    private static final SerializableString GREATER = new SerializedString("\\u003e");
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptEscapes() {
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '<' ? LESS : ch == '>' ? GREATER : null;
    }
  }

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

  /**
   * {@code value} as compact JSON in UTF-8, with '<' and '>' escaped so that the text can stand in
   * a script anywhere ({@code </script>} cannot end it). Does not close {@code out}.
   */
  public void writeForScript(OutputStream out, Object value) throws IOException {
    // through a writer: Jackson's own UTF-8 output escapes characters beyond the BMP once custom
    // escapes are set, and a lone surrogate should become '?' as it does in every other file
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    script.writeValue(text, value);
    text.flush();
  }

  public String write(Object value, boolean indent) {
    try {
      return indent ? pretty.writeValueAsString(value) + "\n" : mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
