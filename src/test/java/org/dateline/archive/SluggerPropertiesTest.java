package org.dateline.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class SluggerPropertiesTest {
  private static final String SAFE = "[a-z0-9]+(-[a-z0-9]+)*";

  @Property(tries = 500)
  void slugsAreAlwaysSafeAsciiFileNames(@ForAll String text) {
    String slug = new Slugger("story", Set.of("index")).unique(text);
    assertTrue(slug.matches(SAFE), slug);
    assertTrue(slug.length() <= Slugger.MAX_LENGTH, slug);
  }

  @Property(tries = 200)
  void slugsOfOneRunAreUnique(@ForAll @Size(max = 30) List<String> names) {
    Slugger slugger = new Slugger("story", Set.of("index"));
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      String slug = slugger.unique(name);
      assertTrue(seen.add(slug), "duplicate " + slug);
    }
    assertTrue(!seen.contains("index"));
  }

  @Property(tries = 300)
  void slugsAreStable(@ForAll String text) {
    assertEquals(Slugger.slug(text), Slugger.slug(text));
    assertEquals(
        new Slugger("s", Set.of()).unique(text), new Slugger("s", Set.of()).unique(text));
  }

  @Property(tries = 2000)
  void removingAccentsGivesWhatIcuGives(@ForAll("accentedLatin") String text) {
    assertEquals(Slugger.icuAscii(text), Slugger.toAscii(text), text);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> accentedLatin() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("aeiouAEIOUcnszCNSZ -'.éèêëáàâäãåíìîïóòôöõúùûüýÿçñšžčćđłøæœßþðÉÈÁÀÂÄÃÅÍÓÖÕÚÜÝÇÑŠŽČĆĐŁØÆŒǅǆĳ\u0301\u0308\u212B")
        .ofMaxLength(20);
  }
}
