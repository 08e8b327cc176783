package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SideThreadsTest {
  @Test
  void aTaskRunsOnADaemonThreadOfItsOwnName() throws Exception {
    CompletableFuture<String> seen =
        SideThreads.start("dateline-test", () -> Thread.currentThread().getName() + " " + Thread.currentThread().isDaemon());
    assertEquals("dateline-test true", SideThreads.await(seen));
  }

  @Test
  void aFailedReadIsThrownAsItWas() {
    IOException failure = new IOException("disk gone");
    IOException thrown =
        assertThrows(IOException.class, () -> SideThreads.await(SideThreads.start("dateline-test", () -> {
          throw failure;
        })));
    assertSame(failure, thrown);
    IOException unchecked = new IOException("also gone");
    assertSame(
        unchecked,
        assertThrows(IOException.class, () -> SideThreads.await(SideThreads.start("dateline-test", () -> {
          throw new UncheckedIOException(unchecked);
        }))));
  }

  @Test
  void anyOtherFailureIsThrownAsItWas() {
    IllegalStateException bug = new IllegalStateException("a fault of the code");
    assertSame(
        bug,
        assertThrows(IllegalStateException.class, () -> SideThreads.await(SideThreads.start("dateline-test", () -> {
          throw bug;
        }))));
  }
}
