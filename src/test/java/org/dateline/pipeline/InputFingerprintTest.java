package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {
  @TempDir Path temp;

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  /** The fingerprint of {@code files} once the file system's clock has moved on since they were written. */
  private Optional<String> fingerprint(String context, List<Path> files) throws Exception {
    Fixtures.letTheFileClockTick(temp);
    return trusted(temp.resolve("cache"), context, files).fingerprint();
  }

  /** The clock read in {@code cache}, then every file looked at, as a build does. */
  private static InputFingerprint.Trusted trusted(Path cache, String context, List<Path> files) throws IOException {
    FileTime clock = InputFingerprint.clock(cache);
    return InputFingerprint.trusted(context, files, files.stream().map(f -> InputFingerprint.stamp(f, clock)).toList());
  }

  @Test
  void theSameFilesGiveTheSameFingerprintAndAnyChangeAnother() throws Exception {
    Path a = Files.writeString(temp.resolve("a.md"), "alpha");
    Path b = Files.writeString(temp.resolve("b.md"), "beta");
    Path gone = temp.resolve("gone.md");
    List<Path> files = List.of(a, b, gone);
    Optional<String> first = fingerprint("context", files);
    assertTrue(first.isPresent());
    assertEquals(first, fingerprint("context", files));
    assertNotEquals(first, fingerprint("other context", files));
    assertNotEquals(first, fingerprint("context", List.of(a, b)));
    assertNotEquals(first, fingerprint("context", List.of(b, a, gone)));

    Files.writeString(gone, "");
    Optional<String> appeared = fingerprint("context", files);
    assertTrue(appeared.isPresent());
    assertNotEquals(first, appeared, "a file that appeared");
    Files.delete(gone);
    assertEquals(first, fingerprint("context", files));

    FileTime modified = Files.getLastModifiedTime(a);
    Files.writeString(a, "ALPHA");
    Files.setLastModifiedTime(a, modified);
    Optional<String> rewritten = fingerprint("context", files);
    assertTrue(rewritten.isPresent());
    assertNotEquals(first, rewritten, "same size and time, new change time");
  }

  @Test
  void aFingerprintReadsTheClockAndAFileStampedSinceHasNone() throws Exception {
    Path cache = temp.resolve("cache");
    Path old = Files.writeString(temp.resolve("old.md"), "old");
    Files.setLastModifiedTime(old, LONG_AGO);
    Path now = Files.writeString(temp.resolve("now.md"), "now");
    Files.setLastModifiedTime(now, FileTime.from(Instant.now().plusSeconds(3600)));
    Fixtures.letTheFileClockTick(temp); // else the old file's change time could be the clock's
    InputFingerprint.Trusted both = trusted(cache, "context", List.of(old, now));
    assertEquals(Optional.empty(), both.fingerprint());
    assertNotNull(both.stamps().get(0), "the old file's stamp can be trusted");
    assertNull(both.stamps().get(1), "the file stamped since the clock was read cannot");
    assertTrue(Files.exists(cache.resolve(InputFingerprint.CLOCK)));
    assertTrue(trusted(cache, "context", List.of(old)).fingerprint().isPresent());
  }
}
