package org.dateline.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A file's stem holds a word when a part of it between separators is three letters or more. */
class StemWordPropertiesTest {
  private static final Pattern SEPARATORS = Pattern.compile("[-_.\\s]+");

  @Property(tries = 3000)
  void aWordIsThreeLettersBetweenSeparators(@ForAll("stems") String stem) {
    boolean expected = false;
    for (String part : SEPARATORS.split(stem)) {
      expected |= part.length() >= 3 && part.chars().allMatch(Character::isLetter);
    }
    assertEquals(expected, ArchiveBuilder.hasWord(stem), stem);
  }

  @Example
  void namesOfFiles() {
    assertTrue(ArchiveBuilder.hasWord("2024-05-gas-outage"));
    assertTrue(ArchiveBuilder.hasWord("élection_présidentielle"));
    assertFalse(ArchiveBuilder.hasWord("000_d35b8be0c4560381"));
    assertFalse(ArchiveBuilder.hasWord("a-b.cd 12"));
    assertFalse(ArchiveBuilder.hasWord(""));
  }

  @Provide
  Arbitrary<String> stems() {
    return Arbitraries.strings()
        .withChars("abcXYZéß0123-_. \t\n\u000B\f\r'’\uD83D\uDCF0")
        .ofMaxLength(16);
  }
}
