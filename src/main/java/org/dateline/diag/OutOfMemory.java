package org.dateline.diag;

/**
 * What to tell the user when the Java heap ran out: how large it was, and how to give the JVM
 * more (twice as much, in whole GiB). The command line and serve mode say it alike.
 */
public final class OutOfMemory {
  private OutOfMemory() {}

  /** The message for a heap of {@code maxHeapBytes} at the most, without an "error: " prefix. */
  public static String message(long maxHeapBytes) {
    long twiceInGiB = Math.max(1, (2 * maxHeapBytes + (1L << 30) - 1) >> 30);
    return "out of memory: this needs more than the Java heap's "
        + (maxHeapBytes >> 20)
        + " MiB; give the JVM more, for instance with DATELINE_JAVA_OPTS=-Xmx"
        + twiceInGiB
        + "g (a build takes about 20 KiB of heap a story)";
  }
}
