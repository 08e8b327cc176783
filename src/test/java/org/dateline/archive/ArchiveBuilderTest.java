package org.dateline.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.CountryInfo;
import org.dateline.model.CountryMention;
import org.dateline.model.Dateline;
import org.dateline.model.Metadata;
import org.dateline.model.Person;
import org.dateline.model.PersonMention;
import org.dateline.model.Quote;
import org.dateline.model.Story;
import org.dateline.model.Utf8Text;
import org.junit.jupiter.api.Test;

class ArchiveBuilderTest {
  private static Story story(String file, String date, List<PersonMention> people, List<CountryMention> countries) {
    Metadata metadata =
        new Metadata("Headline of " + file, Dateline.NONE, people, countries, List.of(), List.of());
    return new Story(file, null, date, List.of(), null, List.of(), List.of(), "", metadata);
  }

  private static PersonMention person(String name, String... roles) {
    return new PersonMention(name, List.of(), List.of(roles));
  }

  private final ArchiveBuilder builder =
      new ArchiveBuilder(List.of(new CountryInfo("KZ", "Kazakhstan", "Asia")));

  @Test
  void surnameMentionInAnotherStoryMergesIntoTheFullName() {
    Archive archive =
        builder.build(
            List.of(
                story("content/alpha.md", "2024-01-02", List.of(person("Kassym-Jomart Tokayev", "President")), List.of()),
                story("content/beta.md", "2024-01-03", List.of(person("Tokayev")), List.of())));
    assertEquals(1, archive.people().size());
    Person p = archive.people().get(0);
    assertEquals("Kassym-Jomart Tokayev", p.name());
    assertEquals(List.of("beta", "alpha"), p.articles(), "newest first");
    assertEquals(List.of(new Person.RoleSeen("President", "alpha")), p.roles());
  }

  @Test
  void ambiguousSurnameStaysApart() {
    Archive archive =
        builder.build(
            List.of(
                story("content/alpha.md", null, List.of(person("Anna Kim"), person("Daniel Kim")), List.of()),
                story("content/beta.md", null, List.of(person("Kim")), List.of())));
    assertEquals(3, archive.people().size());
  }

  @Test
  void articlesAreNewestFirstWithUndatedLast() {
    Archive archive =
        builder.build(
            List.of(
                story("content/old.md", "2020-01-01", List.of(), List.of()),
                story("content/undated.md", null, List.of(), List.of()),
                story("content/new.md", "2024-01-01", List.of(), List.of())));
    assertEquals(List.of("new", "old", "undated"), archive.articles().stream().map(a -> a.id()).toList());
  }

  @Test
  void slugsAreTransliteratedAndUnique() {
    Archive archive =
        builder.build(
            List.of(
                story("content/x/seoul.md", null, List.of(person("Чу Ён Мин")), List.of()),
                story("content/y/Seoul.md", null, List.of(person("Ana  Müller")), List.of())));
    assertEquals(List.of("seoul", "seoul-2"), archive.articles().stream().map(a -> a.slug()).sorted().toList());
    assertEquals(
        List.of("ana-muller", "chu-yen-min"), archive.people().stream().map(Person::slug).sorted().toList());
  }

  @Test
  void countriesLinkTheirStoriesAndPeople() {
    Archive archive =
        builder.build(
            List.of(
                story(
                    "content/alpha.md",
                    "2024-01-01",
                    List.of(person("Roman Vassilenko")),
                    List.of(new CountryMention("KZ", "Kazakhstan", true)))));
    assertEquals(1, archive.countries().size());
    assertEquals("countries/kz.html", archive.countries().get(0).url());
    assertEquals(List.of("roman-vassilenko"), archive.countries().get(0).people());
    assertEquals(List.of("KZ"), archive.people().get(0).countries());
  }

  @Test
  void quoteSpeakersUseTheArchiveName() {
    Metadata metadata =
        new Metadata("T", Dateline.NONE, List.of(person("Roman Vassilenko")), List.of(), List.of(),
            List.of(new Quote("Roman Vassilenko", "Hello.")));
    Archive archive =
        builder.build(List.of(new Story("content/alpha.md", null, null, List.of(), null, List.of(), List.of(), "", metadata)));
    assertEquals("Roman Vassilenko", archive.articles().get(0).quotes().get(0).speaker());
  }
  @Test
  void relationsAreTakenFromTheCacheWhileWhatTheyAreMadeOfIsTheSame() {
    java.util.Map<String, org.dateline.model.Relations> kept = new java.util.HashMap<>();
    int[] made = {0};
    RelationsCache cache = (key, make) -> kept.computeIfAbsent(key, k -> {
      made[0]++;
      return make.get();
    });
    List<Story> stories = List.of(
        story("content/alpha.md", "2024-01-01", List.of(person("Roman Vassilenko")), List.of()),
        story("content/beta.md", "2024-01-02", List.of(person("Roman Vassilenko")), List.of()));
    Archive first = builder.build(stories, cache);
    String alpha = first.articles().get(1).id();
    String beta = first.articles().get(0).id();
    assertEquals(List.of(alpha), first.relations().relatedArticles(beta));
    assertEquals(first.relations(), builder.build(stories, cache).relations());
    assertEquals(1, made[0], "the same stories: the kept relations");

    Metadata retitled = new Metadata("Another headline", Dateline.NONE, List.of(person("Roman Vassilenko")), List.of(), List.of(), List.of());
    List<Story> edited = List.of(
        stories.get(0),
        new Story("content/beta.md", null, "2024-01-02", List.of(), null, List.of(), List.of(), "", retitled));
    assertEquals(first.relations(), builder.build(edited, cache).relations());
    assertEquals(1, made[0], "a headline is not what relations are made of");
    builder.build(List.of(stories.get(0), story("content/beta.md", "2024-03-02", List.of(person("Roman Vassilenko")), List.of())), cache);
    assertEquals(2, made[0], "a new date is a new input");

    List<Story> newPerson = List.of(
        stories.get(0),
        story("content/beta.md", "2024-01-02", List.of(person("Roman Vassilenko"), person("Aida Balayeva")), List.of()));
    Archive third = builder.build(newPerson, cache);
    assertEquals(3, made[0], "a person more is a new input");
    assertEquals(builder.build(newPerson).relations(), third.relations());
    assertEquals(List.of("roman-vassilenko"), third.relations().coMentionedPeople("aida-balayeva"));
  }
  @Test
  void anArchiveTakesNewBodiesFromTheStoriesOfItsArticlesOnly() {
    Story alpha = story("content/alpha.md", "2024-01-02", List.of(person("Aigerim Sultanova")), List.of());
    Story beta = story("content/beta.md", "2024-01-03", List.of(), List.of());
    Archive archive = builder.build(List.of(alpha, beta));
    Archive outline =
        new Archive(
            archive.articles().stream().map(a -> new Article(a.summary(), Utf8Text.EMPTY)).toList(),
            archive.people(), archive.countries(), archive.relations());
    Story edited =
        new Story(alpha.file(), null, alpha.date(), List.of(), null, List.of(),
            List.of(Story.BodyPart.html("<p>New words.</p>")), "", alpha.metadata());

    List<String> asked = new ArrayList<>();
    Archive bodied = ArchiveBuilder.withBodies(outline, byFile(List.of(beta, edited), asked));
    assertEquals(List.of(), asked, "no story is asked for before a body is read");
    Article alphas = bodied.articles().stream().filter(a -> a.file().equals(alpha.file())).findFirst().orElseThrow();
    assertEquals("<p>New words.</p>\n", alphas.body().toString());
    assertEquals(List.of(alpha.file()), asked, "only the story of the body read");
    assertEquals(builder.build(List.of(alpha, beta)).people(), bodied.people());
    assertEquals(builder.build(List.of(edited, beta)), bodied, "as if assembled from the edited story");
    assertThrows(IllegalArgumentException.class, () -> ArchiveBuilder.withBodies(outline, byFile(List.of(beta), asked)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ArchiveBuilder.withBodies(
            outline, byFile(List.of(beta, story("content/gamma.md", null, List.of(), List.of())), asked)));
  }

  /** The stories by file, each given when asked for, its file then added to {@code asked}. */
  private static Map<String, Supplier<Story>> byFile(List<Story> stories, List<String> asked) {
    Map<String, Supplier<Story>> byFile = new HashMap<>();
    for (Story story : stories) {
      byFile.put(story.file(), () -> {
        asked.add(story.file());
        return story;
      });
    }
    return byFile;
  }
}
