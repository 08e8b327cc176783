package org.dateline.render;

/**
 * Where rendered files go as they are made (so a large site is never held in memory whole).
 * Called from several threads at once; an I/O failure is thrown as an
 * {@link java.io.UncheckedIOException}.
 */
@FunctionalInterface
public interface OutputSink {
  void add(OutputFile file);
}
