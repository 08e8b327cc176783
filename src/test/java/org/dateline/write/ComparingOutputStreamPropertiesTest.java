package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dateline.digest.Murmur3;

class ComparingOutputStreamPropertiesTest {
  /**
   * Whatever the old file and the new bytes (sizes across the stream's 64 KiB buffer, a change at
   * any place, a longer or shorter file, none at all), the target ends up holding the new bytes
   * exactly when they differ, and the hash is that of the new bytes.
   */
  @Property(tries = 300)
  void writesTheNewBytesExactlyWhenTheyDiffer(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 200_000) int oldLength,
      @ForAll @IntRange(min = 0, max = 4) int edit,
      @ForAll @IntRange(min = 0, max = 200_000) int at,
      @ForAll @IntRange(min = 1, max = 70_000) int piece,
      @ForAll boolean oldExists)
      throws IOException {
    Random random = new Random(seed);
    byte[] oldBytes = new byte[oldLength];
    random.nextBytes(oldBytes);
    int cut = Math.min(at, oldLength);
    byte[] newBytes =
        switch (edit) {
          case 0 -> oldBytes.clone();
          case 1 -> Arrays.copyOf(oldBytes, cut); // shorter
          case 2 -> Arrays.copyOf(oldBytes, oldLength + 1 + at % 1000); // longer (zeros)
          case 3 -> {
            byte[] b = oldBytes.clone();
            if (cut < b.length) {
              b[cut] ^= 1;
            }
            yield b;
          }
          default -> {
            byte[] b = new byte[at];
            random.nextBytes(b);
            yield b;
          }
        };
    Path dir = Files.createTempDirectory("comparing");
    try {
      Path old = dir.resolve("old");
      Path target = dir.resolve("new");
      if (oldExists) {
        Files.write(old, oldBytes);
      }
      ComparingOutputStream out = new ComparingOutputStream(oldExists ? old : null, () -> target);
      try (out) {
        for (int i = 0; i < newBytes.length; i += piece) {
          if (piece == 1) {
            out.write(newBytes[i]);
          } else {
            out.write(newBytes, i, Math.min(piece, newBytes.length - i));
          }
        }
      }
      boolean differs = !oldExists || !Arrays.equals(oldBytes, newBytes);
      assertEquals(differs, out.changed());
      if (differs) {
        assertArrayEquals(newBytes, Files.readAllBytes(target));
      } else {
        assertFalse(Files.exists(target), "an unchanged file is not written");
      }
      assertEquals(Murmur3.hex(newBytes), out.hash());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
