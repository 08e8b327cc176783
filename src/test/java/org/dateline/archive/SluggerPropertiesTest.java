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

  @org.junit.jupiter.api.Test
  void slugsMadeOnManyThreadsAreThoseMadeOnOne() {
    List<String> names = java.util.stream.IntStream.range(0, 2000)
        .mapToObj(i -> List.of("Касым-Жомарт Токаев ", "윤석열 ", "Чу Ён Мин ", "Ελευθέριος Βενιζέλος ", "محمد ").get(i % 5) + i)
        .toList();
    List<String> one = names.stream().map(Slugger::slug).toList();
    List<String> many = names.parallelStream().map(Slugger::slug).toList();
    assertEquals(one, many);
    assertEquals("chu-yen-min-2", Slugger.slug("Чу Ён Мин 2"));
  }

  @Property(tries = 3000)
  void slugsLowerCaseAsTheRuntimeDoes(@ForAll String text) {
    assertEquals(slugLoweredByTheRuntime(text), Slugger.slug(text), text);
  }

  @org.junit.jupiter.api.Test
  void lettersThatLowerCaseToAsciiOnesKeepThem() {
    for (String text : List.of("\u0130stanbul", "5 \u212Aelvin", "Ferry Line OPENS", "")) {
      assertEquals(slugLoweredByTheRuntime(text), Slugger.slug(text), text);
    }
  }

  /** The slug of {@code text} with the whole text lower-cased by the runtime, as it once was. */
  private static String slugLoweredByTheRuntime(String text) {
    StringBuilder out = new StringBuilder();
    boolean hyphen = false;
    for (char c : Slugger.toAscii(text).toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        hyphen = false;
      } else if (c != '\'' && c != '\u2019') {
        hyphen = true;
      }
    }
    String slug = out.toString();
    if (slug.length() <= Slugger.MAX_LENGTH) {
      return slug;
    }
    String cut = slug.substring(0, Slugger.MAX_LENGTH);
    return cut.endsWith("-") ? cut.substring(0, cut.length() - 1) : cut;
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

  @Property(tries = 2000)
  void typographicPunctuationGivesWhatIcuGives(@ForAll("punctuatedLatin") String text) {
    assertEquals(Slugger.icuAscii(text), Slugger.toAscii(text), text);
    assertEquals(Slugger.slug(Slugger.icuAscii(text)), Slugger.slug(text), text);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> punctuatedLatin() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("aeoAEZ -'.,\"éüçßŁØœ\u0301"
            + "\u00A0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u205F\u3000"
            + "\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201B\u2032\u201C\u201D\u201F\u2033"
            + "\u201A\u201E\u2026\u00AB\u00BB\u2039\u203A")
        .ofMaxLength(20);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> accentedLatin() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("aeiouAEIOUcnszCNSZ -'.éèêëáàâäãåíìîïóòôöõúùûüýÿçñšžčćđłøæœßþðÉÈÁÀÂÄÃÅÍÓÖÕÚÜÝÇÑŠŽČĆĐŁØÆŒǅǆĳ\u0301\u0308\u212B")
        .ofMaxLength(20);
  }
}
