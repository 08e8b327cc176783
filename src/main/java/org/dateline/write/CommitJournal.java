package org.dateline.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The steps that turn the previous site into the new one in place, written into the staging
 * folder (complete, then renamed to {@value #NAME}) before the first step is taken. Every step can
 * be taken again with the same result, so a commit killed at any moment is finished by taking
 * the whole journal again ({@link #apply}); a staging folder without a journal means the output
 * folder was not touched yet.
 *
 * <p>The file is UTF-8 text: a header line {@value #HEADER}, one step per line ({@code delete
 * PATH}, {@code rmdir PATH}, {@code move PATH}), and {@value #END}. Deletions come first (so a
 * file may become a folder and the other way round, and a name may change case on a
 * case-insensitive disk), then folders left empty, then the moves of the new files from the
 * staging folder, the manifest last.
 */
record CommitJournal(List<Step> steps) {
  /** The journal's name inside the staging folder. */
  static final String NAME = ".dateline-commit";

  static final String HEADER = "dateline-commit 1";
  static final String END = "end";

  /** What a step does to the output folder. */
  enum Action {
    /** Remove a file or link (never a folder) the new site does not have. */
    DELETE,
    /** Remove a folder if it is empty. */
    RMDIR,
    /** Rename a staged file into place, replacing what is there. */
    MOVE
  }

  /** One step, on a path relative to the output (and staging) folder. */
  record Step(Action action, String path) {
    Step {
      Objects.requireNonNull(action, "action must not be null");
      Objects.requireNonNull(path, "path must not be null");
    }
  }

  CommitJournal {
    steps = List.copyOf(steps);
  }

  /**
   * The steps from {@code before} to the site of {@code produced} paths, of which {@code staged}
   * were written to the staging folder (the others are already in place).
   */
  static CommitJournal plan(SiteSnapshot before, Set<String> produced, Set<String> staged) {
    Set<String> keptFolders = new HashSet<>();
    for (String path : produced) {
      for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
        keptFolders.add(path.substring(0, i));
      }
    }
    List<Step> steps = new ArrayList<>();
    before.files().keySet().stream()
        .filter(p -> !produced.contains(p) && !p.equals(SiteWriter.MANIFEST))
        .sorted()
        .forEach(p -> steps.add(new Step(Action.DELETE, p)));
    before.folders().stream()
        .filter(f -> !keptFolders.contains(f))
        .sorted(Comparator.reverseOrder())
        .forEach(f -> steps.add(new Step(Action.RMDIR, f)));
    staged.stream().sorted().forEach(p -> steps.add(new Step(Action.MOVE, p)));
    return new CommitJournal(steps);
  }

  /** The same steps followed by the move of the new manifest. */
  CommitJournal withManifest() {
    List<Step> all = new ArrayList<>(steps);
    all.add(new Step(Action.MOVE, SiteWriter.MANIFEST));
    return new CommitJournal(all);
  }

  /** Writes the journal into {@code staging}: complete and flushed to disk, then renamed into place. */
  void writeInto(Path staging) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Step step : steps) {
      text.append(step.action().name().toLowerCase(Locale.ROOT)).append(' ').append(step.path()).append('\n');
    }
    text.append(END).append('\n');
    Path partial = staging.resolve(NAME + ".partial");
    try (FileChannel channel =
        FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    SafeFiles.move(partial, staging.resolve(NAME));
  }

  /** The complete journal in {@code staging}, or null if there is none (the commit had not begun). */
  static CommitJournal readFrom(Path staging) throws IOException {
    Path file = staging.resolve(NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
      throw damaged(file, "no header or no end line");
    }
    List<Step> steps = new ArrayList<>();
    for (String line : lines.subList(1, lines.size() - 1)) {
      int space = line.indexOf(' ');
      Action action = null;
      for (Action a : Action.values()) {
        if (space > 0 && a.name().toLowerCase(Locale.ROOT).equals(line.substring(0, space))) {
          action = a;
        }
      }
      if (action == null) {
        throw damaged(file, "unknown step '" + line + "'");
      }
      steps.add(new Step(action, line.substring(space + 1)));
    }
    return new CommitJournal(steps);
  }

  private static IOException damaged(Path file, String why) {
    return new IOException(
        file + ": damaged commit journal (" + why + "); the output folder may mix two builds:"
            + " delete the output folder and the folder holding this journal, then build again");
  }

  /**
   * Takes the first {@code limit} steps in {@code out} (all of them with {@link Integer#MAX_VALUE}),
   * moving files from {@code staging}. Steps already taken change nothing. Returns whether every
   * step was taken.
   */
  boolean apply(Path out, Path staging, int limit) throws IOException {
    if (!SafeFiles.isRealFolder(out)) {
      throw new IOException("output folder " + out + " is missing or a link; not finishing the write in it");
    }
    Map<String, String> movedByLowerCase = new HashMap<>();
    for (Step step : steps) {
      if (step.action() == Action.MOVE) {
        movedByLowerCase.put(step.path().toLowerCase(Locale.ROOT), step.path());
      }
    }
    int taken = 0;
    for (Step step : steps) {
      if (taken++ >= limit) {
        return false;
      }
      Path target = SafeFiles.resolve(out, step.path());
      switch (step.action()) {
        case DELETE -> {
          // On a case-insensitive disk a deleted "About.html" is the moved-in "about.html".
          String twin = movedByLowerCase.get(step.path().toLowerCase(Locale.ROOT));
          boolean twinMoved =
              twin != null
                  && !twin.equals(step.path())
                  && SafeFiles.attributes(SafeFiles.resolve(staging, twin)) == null;
          if (!twinMoved && SafeFiles.inRealFolders(out, target.getParent())) {
            BasicFileAttributes attributes = SafeFiles.attributes(target);
            if (attributes != null && !attributes.isDirectory()) {
              Files.deleteIfExists(target);
            }
          }
        }
        case RMDIR -> {
          if (SafeFiles.inRealFolders(out, target)) {
            try {
              Files.delete(target);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
              // holds a file that appeared after the snapshot: left for the next build to report
            }
          }
        }
        case MOVE -> {
          Path from = SafeFiles.resolve(staging, step.path());
          if (SafeFiles.attributes(from) != null) {
            SafeFiles.makeRealFolders(out, target.getParent());
            if (SafeFiles.isRealFolder(target)) {
              SafeFiles.deleteTree(target);
            }
            SafeFiles.move(from, target);
          }
        }
      }
    }
    return true;
  }
}
