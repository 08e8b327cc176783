package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;
import org.dateline.diag.OutOfMemory;

/**
 * What the command line says of a command that could not run to its end for a reason that is not
 * a problem of the content: one line, not a stack trace. A failed read or write names the file and
 * why; running out of memory says how large the heap was and how to give the JVM more. Anything
 * else is a fault of Dateline's own, whose stack trace is wanted in a bug report: it is thrown on.
 */
final class Failures {
  /** The deepest a chain of causes is followed: a chain that loops ends there. */
  private static final int MAX_CAUSES = 32;

  /** What is wrong with a file, in words, by the exception that says so (none is another's kind). */
  private static final Map<Class<? extends FileSystemException>, String> REASONS =
      Map.of(
          NoSuchFileException.class, "no such file or folder",
          AccessDeniedException.class, "permission denied",
          FileAlreadyExistsException.class, "already exists",
          NotDirectoryException.class, "not a folder",
          DirectoryNotEmptyException.class, "folder not empty",
          FileSystemLoopException.class, "a loop of links");

  private Failures() {}

  /**
   * Prints what stopped the command to {@code err} and gives its exit code ({@link
   * ExitCodes#USAGE}, as for a command that cannot run as asked), or throws {@code e} on when it
   * is neither a failed read or write nor the heap running out.
   */
  static int report(Exception e, PrintWriter err, long maxHeapBytes) throws Exception {
    Throwable cause = cause(e);
    if (cause instanceof OutOfMemoryError) {
      return outOfMemory(err, maxHeapBytes);
    }
    if (!(cause instanceof IOException io)) {
      throw e;
    }
    err.println("error: " + describe(io));
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * Says that the heap, of {@code maxHeapBytes} at the most, ran out, and how to give the JVM more:
   * twice as much, in whole GiB.
   */
  static int outOfMemory(PrintWriter err, long maxHeapBytes) {
    err.println("error: " + OutOfMemory.message(maxHeapBytes));
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * The first {@link OutOfMemoryError} or {@link IOException} in the chain of {@code e}'s causes
   * (an {@link java.io.UncheckedIOException}'s is the one it carries), else {@code e}.
   */
  static Throwable cause(Throwable e) {
    Throwable t = e;
    for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
      if (t instanceof OutOfMemoryError || t instanceof IOException) {
        return t;
      }
    }
    return e;
  }

  /** A failed read or write, in words: the file and what was wrong with it. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String file = fs.getOtherFile() == null ? fs.getFile() : fs.getFile() + " -> " + fs.getOtherFile();
      return file + ": " + reason(fs);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String reason(FileSystemException e) {
    for (Map.Entry<Class<? extends FileSystemException>, String> known : REASONS.entrySet()) {
      if (known.getKey().isInstance(e)) {
        return known.getValue();
      }
    }
    return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
  }
}
