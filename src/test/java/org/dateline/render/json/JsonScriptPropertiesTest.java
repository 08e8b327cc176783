package org.dateline.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * JSON for scripts is the mapper's JSON, in UTF-8, with '<' and '>' escaped and nothing else
 * changed.
 */
class JsonScriptPropertiesTest {
  private final Json json = new Json();

  @Property(tries = 1000)
  void scriptJsonIsTheMappersWithAngleBracketsEscaped(@ForAll("texts") List<String> texts) throws Exception {
    Map<String, Object> value = new java.util.TreeMap<>();
    for (int i = 0; i < texts.size(); i++) {
      value.put(texts.get(i), i % 2 == 0 ? texts.subList(0, i) : new int[] {i, -i});
    }
    assertEquals(expected(value), script(value));
    assertEquals(expected(texts), script(texts));
  }

  @Example
  void aLoneSurrogateIsEncodedAsInEveryOtherFile() throws Exception {
    assertEquals("[\"a?b\"]", script(List.of("a\ud800b")));
  }

  @Example
  void aClosingScriptTagCannotEndTheScript() throws Exception {
    assertEquals("[\"\\u003c/script\\u003e \\\"x\\\" é 😀\"]", script(List.of("</script> \"x\" é 😀")));
  }

  private String expected(Object value) {
    String text = json.write(value, false).replace("<", "\\u003c").replace(">", "\\u003e");
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private String script(Object value) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeForScript(out, value);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.strings()
        .withChars("ab<>/\"\\&'\n\t\u0000\u001f\u007f\u2028é“—")
        .withCharRange('\ud83d', '\ud83d')
        .withCharRange('\ude00', '\ude00')
        .ofMaxLength(12)
        .list()
        .ofMaxSize(6);
  }
}
