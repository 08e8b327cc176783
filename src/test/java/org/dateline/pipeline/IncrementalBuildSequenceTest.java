package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.diag.ContentException;
import org.dateline.digest.Murmur3;
import org.dateline.testing.Fixtures;
import org.dateline.testing.Golden;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Random sequences of what editors and newsrooms do to an archive (a paragraph edited, a headline,
 * a quote, a person or a date changed, a story added or deleted, a file saved unchanged, the
 * settings, the people registry or a template changed, a story broken and mended), each
 * followed by a build through every cache and shortcut (the build cache, the last build's archive,
 * kept pages and search shards, the related stories' cache), from the cache folder as {@code build}
 * does or with the stories cache kept in memory as {@code serve} does: after every step the site
 * is, byte for byte, the one a build from scratch makes of the same stories, and a build right
 * after it writes nothing.
 */
class IncrementalBuildSequenceTest {
  private static final String[] PEOPLE = {
    "Joseph Camilleri", "Aida Balayeva", "Roman Vassilenko", "Maria Borg", "Tomas Bellandi", "Lena Okafor"
  };
  private static final String[] PLACES = {"VALLETTA", "ASTANA", "BUENOS AIRES", "SEOUL", "LONDON"};
  private static final String[] COUNTRIES = {"Malta", "Kazakhstan", "Argentina", "South Korea", "the United Kingdom"};
  private static final int STORIES = 30;

  @TempDir Path temp;
  private int scratchBuilds;

  /** What one story says; each change makes a new one. */
  private record Story(int id, String title, int month, int day, int place, int person, int other, int country, String quote, String coda) {
    static Story of(int i) {
      return new Story(
          i, "Port talks, round " + i, 1 + i % 12, 1 + i % 28, i % PLACES.length, i % PEOPLE.length,
          (i * 3 + 1) % PEOPLE.length, i % COUNTRIES.length, "Berth " + i + " will open", "");
    }

    Story withTitle(String title) {
      return new Story(id, title, month, day, place, person, other, country, quote, coda);
    }

    Story withDate(int month, int day) {
      return new Story(id, title, month, day, place, person, other, country, quote, coda);
    }

    Story withOther(int other) {
      return new Story(id, title, month, day, place, person, other, country, quote, coda);
    }

    Story withQuote(String quote) {
      return new Story(id, title, month, day, place, person, other, country, quote, coda);
    }

    Story withCoda(String coda) {
      return new Story(id, title, month, day, place, person, other, country, quote, coda);
    }

    String path() {
      return "content/gen/story-" + id + ".md";
    }

    String text() {
      String person = PEOPLE[this.person];
      return "---\ntitle: \"" + title + "\"\ndate: 2024-" + String.format("%02d-%02d", month, day) + "\n---\n\n"
          + PLACES[place] + " – " + person + ", minister of transport, met " + PEOPLE[other] + " to discuss "
          + COUNTRIES[country] + " and " + COUNTRIES[(country + 2) % COUNTRIES.length] + ".\n\n## Berths\n\n\""
          + quote + ",\" " + person.substring(person.indexOf(' ') + 1) + " said." + coda + "\n";
    }
  }

  @ParameterizedTest
  @CsvSource({"7, false", "42, false", "7, true"})
  void everyBuildOfARandomSequenceOfChangesIsTheBuildFromScratch(long seed, boolean asServeDoes) throws Exception {
    // serve keeps the stories cache in memory from one build to the next, and gives it to each
    StoryCache kept = asServeDoes ? new StoryCache() : null;
    Random random = new Random(seed);
    Path root = Fixtures.site("basic", temp.resolve("site"));
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      stories.add(Story.of(i));
      Fixtures.write(root, stories.get(i).path(), stories.get(i).text());
    }
    int next = STORIES;
    List<String> shortcuts = new ArrayList<>();
    assertSameAsFromScratch(root, seed + " first build", build(root, kept));
    // every kind of change once (a paragraph twice), in an order of the seed's
    List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    Collections.shuffle(kinds, random);
    for (int step = 1; step <= kinds.size(); step++) {
      Fixtures.letTheFileClockTick(temp);
      int at = random.nextInt(stories.size());
      Story story = stories.get(at);
      String change;
      switch (kinds.get(step - 1)) {
        case 0, 1 -> { // the commonest: an editor's words in a paragraph
          change = "paragraph of " + story.id();
          stories.set(at, story.withCoda(story.coda() + " Officials expect talks to resume (" + step + ")."));
        }
        case 2 -> {
          change = "headline of " + story.id();
          stories.set(at, story.withTitle(story.title() + ", resumed"));
        }
        case 3 -> {
          change = "quote of " + story.id();
          stories.set(at, story.withQuote(story.quote() + " in " + (2025 + step)));
        }
        case 4 -> {
          change = "person met in " + story.id();
          stories.set(at, story.withOther((story.other() + 1 + random.nextInt(PEOPLE.length - 1)) % PEOPLE.length));
        }
        case 5 -> {
          change = "date of " + story.id();
          stories.set(at, story.withDate(1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        case 6 -> {
          change = "site description";
          Path settings = root.resolve("site.yaml");
          Files.writeString(
              settings, Files.readString(settings).replaceAll("(?m)^description: .*$", "description: Edition " + step + "."));
          at = -1;
        }
        case 7 -> {
          change = "template";
          Path base = root.resolve("templates/base.peb");
          Files.writeString(base, Files.readString(base).replace("</footer>", "<!-- " + step + " --></footer>"));
          at = -1;
        }
        case 8 -> {
          change = "people registry";
          String person = PEOPLE[random.nextInt(PEOPLE.length)];
          Fixtures.write(root, "content/people.yaml",
              "people:\n  - name: " + person + "\n    role: Envoy " + step + "\nnot_people:\n  - Officials\n");
          at = -1;
        }
        case 9 -> {
          change = "new story " + next;
          stories.add(Story.of(next++));
          at = stories.size() - 1;
        }
        case 10 -> {
          change = "story " + story.id() + " broken, then mended";
          Path site = root.resolve("site-out");
          Map<String, String> before = digests(site);
          Fixtures.write(root, story.path(), "---\ntitle: [never closed\n---\n\nText.\n");
          assertThrows(ContentException.class, () -> build(root, kept), change);
          assertEquals(before, digests(site), change + ": the failed build left the site as it was");
          Fixtures.letTheFileClockTick(temp);
        }
        default -> {
          change = "story " + story.id() + " deleted";
          Files.delete(root.resolve(story.path()));
          stories.remove(at);
          at = -1;
        }
      }
      if (at >= 0) {
        Fixtures.write(root, stories.get(at).path(), stories.get(at).text());
      }
      if (random.nextInt(4) == 0) { // and a file saved as it was
        Story same = stories.get(random.nextInt(stories.size()));
        Fixtures.write(root, same.path(), same.text());
      }
      Fixtures.letTheFileClockTick(temp); // else a file changed in the build's first tick is never trusted
      BuildReport report = build(root, kept);
      assertSameAsFromScratch(root, seed + " step " + step + ": " + change, report);
      Map<String, String> built = digests(root.resolve("site-out"));
      BuildReport again = build(root, kept);
      assertTrue(again.upToDate(), change + ": the next build finds nothing changed");
      assertEquals(0, again.files(), change + ": and writes nothing");
      assertEquals(built, digests(root.resolve("site-out")), change);
      if (report.reused() >= stories.size() - 2 && report.kept() > 0) {
        shortcuts.add(change);
      }
    }
    // not a sequence of builds from scratch: most took the stories from the cache and kept pages
    assertTrue(shortcuts.size() > kinds.size() / 2, "builds through the caches: " + shortcuts);
  }

  /** Every file of {@code folder} with the digest of its bytes. */
  private static Map<String, String> digests(Path folder) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    for (String file : Golden.files(folder)) {
      digests.put(file, Murmur3.hex(Files.readAllBytes(folder.resolve(file))));
    }
    return digests;
  }

  private static BuildReport build(Path root, StoryCache kept) throws Exception {
    SiteBuild build = new SiteBuild(BuildOptions.standard(root));
    return (kept == null ? build : build.withCache(kept)).run();
  }

  /** Builds the stories of {@code root} from scratch elsewhere and checks that its site-out is that site. */
  private void assertSameAsFromScratch(Path root, String step, BuildReport incremental) throws Exception {
    Path scratch = temp.resolve("scratch-" + scratchBuilds++);
    BuildReport full =
        new SiteBuild(BuildOptions.standard(root).withOut(scratch).withCacheDir(scratch.resolveSibling(scratch + "-cache")))
            .run();
    assertEquals(0, full.reused(), step);
    assertEquals(full.problems(), incremental.problems(), step);
    Path site = root.resolve("site-out");
    Set<String> files = Golden.files(site);
    assertEquals(Golden.files(scratch), files, step);
    // the pages first, the manifest of their keys (.dateline-files) last: a wrong page is named
    List<String> pagesFirst = new ArrayList<>(files);
    pagesFirst.sort(Comparator.comparing((String file) -> file.startsWith(".")).thenComparing(file -> file));
    for (String file : pagesFirst) {
      assertArrayEquals(Files.readAllBytes(scratch.resolve(file)), Files.readAllBytes(site.resolve(file)), step + ": " + file);
    }
  }
}
