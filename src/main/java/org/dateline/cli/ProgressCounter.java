package org.dateline.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;

/**
 * A one-line counter on a terminal's stderr ("Reading stories 12/340"), rewritten in place and
 * cleared by {@link #done}. Build commands use it only when stderr is a terminal and not quiet.
 */
final class ProgressCounter implements BiConsumer<Integer, Integer> {
  private final PrintWriter err;
  private int shown = -1;

  ProgressCounter(PrintWriter err) {
    this.err = err;
  }

  /** Whether to show progress: a console, and not {@code --quiet}. */
  static boolean wanted(boolean quiet) {
    return !quiet && System.console() != null;
  }

  @Override
  public synchronized void accept(Integer done, Integer total) {
    if (done > shown) {
      shown = done;
      err.print("\rReading stories " + done + "/" + total);
      err.flush();
    }
  }

  synchronized void done() {
    if (shown >= 0) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
