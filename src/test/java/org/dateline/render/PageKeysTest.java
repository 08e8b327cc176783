package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.ArticleSummary;
import org.dateline.model.Dateline;
import org.dateline.model.Utf8Text;
import org.junit.jupiter.api.Test;

class PageKeysTest {
  private static Article article(String title, String body) {
    return article("content/a.md", title, body);
  }

  private static Article article(String file, String title, String body) {
    return new Article(
        new ArticleSummary(
            "a", "a", "articles/a.html", file, "2024-01-01", title,
            new Dateline(List.of("Astana"), null), List.of(), List.of(), null, List.of(), List.of(),
            "excerpt", List.of(), List.of(), List.of()),
        Utf8Text.of(body));
  }

  private static Map<String, Object> context(Object... keysAndValues) {
    Map<String, Object> context = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      context.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return context;
  }

  @Test
  void theSameInputsGiveTheSameKeyAndAnyDifferenceAnother() {
    PageKeys keys = new PageKeys("code 1");
    String key = keys.of("article", context("title", "A", "articles", List.of(article("A", "<p>x</p>"))));
    assertEquals(key, new PageKeys("code 1").of("article", context("title", "A", "articles", List.of(article("A", "<p>x</p>")))));
    assertEquals(32, key.length());
    List<String> others = List.of(
        new PageKeys("code 2").of("article", context("title", "A", "articles", List.of(article("A", "<p>x</p>")))),
        keys.of("person", context("title", "A", "articles", List.of(article("A", "<p>x</p>")))),
        keys.of("article", context("title", "B", "articles", List.of(article("A", "<p>x</p>")))),
        keys.of("article", context("title", "A", "articles", List.of(article("A", "<p>y</p>")))),
        keys.of("article", context("title", "A", "articles", List.of(article("A", "<p>x</p>"), article("A", "<p>x</p>")))),
        keys.of("article", context("title", "A", "articles", List.of())),
        keys.of("article", context("title", "A", "articles", List.of(), "first", true)),
        keys.of("article", context("title", "A", "articles", List.of(), "first", false)),
        keys.of("article", context("title", null, "articles", List.of())),
        keys.of("article", context("title", "", "articles", List.of())));
    assertEquals(others.size(), new java.util.HashSet<>(others).size(), "all different: " + others);
    others.forEach(other -> assertNotEquals(key, other));
  }

  @Test
  void valuesDoNotRunTogether() {
    PageKeys keys = new PageKeys("");
    assertNotEquals(keys.of("t", context("a", List.of("ab", "c"))), keys.of("t", context("a", List.of("a", "bc"))));
    assertNotEquals(keys.of("t", context("a", 1)), keys.of("t", context("a", "1")));
  }

  @Test
  void textBeyondLatin1IsToldFromLatin1Text() {
    PageKeys keys = new PageKeys("");
    String latin = "Ħ".repeat(300) + "é";
    List<String> texts = List.of(
        "é", "\u0100", "\u00e9\u0000", "\u0000\u00e9", "Żebbuġ", "Zebbug", "a".repeat(256) + "Ħ", "a".repeat(256) + "ħ",
        latin, latin.replace('é', 'e'), "\ud800", "\udc00", "\ud800\udc00", "x".repeat(257), "x".repeat(256));
    List<String> all = texts.stream().map(t -> keys.of("t", context("title", t))).toList();
    assertEquals(texts.size(), new java.util.HashSet<>(all).size(), "all different");
  }

  @Test
  void aLinkedMapIsHashedInTheOrderItWasFilled() {
    PageKeys keys = new PageKeys("");
    Map<String, Object> ab = new java.util.LinkedHashMap<>(Map.of("a", "1"));
    ab.put("b", "2");
    Map<String, Object> sameOrder = new java.util.LinkedHashMap<>(Map.of("a", "1"));
    sameOrder.put("b", "2");
    Map<String, Object> ba = new java.util.LinkedHashMap<>(Map.of("b", "2"));
    ba.put("a", "1");
    Map<String, Object> otherValue = new java.util.LinkedHashMap<>(Map.of("a", "1"));
    otherValue.put("b", "3");
    assertEquals(keys.of("t", ab), keys.of("t", sameOrder));
    assertNotEquals(keys.of("t", ab), keys.of("t", ba), "another order: a page rendered again, never a wrong one kept");
    assertNotEquals(keys.of("t", ab), keys.of("t", otherValue));
    assertNotEquals(keys.of("t", ab), keys.of("t", new java.util.HashMap<>(ab)));
  }

  @Test
  void setsAndMapsGiveOneKeyWhateverTheirOrder() {
    PageKeys keys = new PageKeys("");
    Set<String> one = new LinkedHashSet<>(List.of("x", "y", "z"));
    Set<String> other = new LinkedHashSet<>(List.of("z", "x", "y"));
    assertEquals(keys.of("t", context("marked", one)), keys.of("t", context("marked", other)));
    assertEquals(
        keys.of("t", context("counts", Map.of("a", 1, "b", 2))),
        keys.of("t", context("counts", new java.util.TreeMap<>(Map.of("b", 2, "a", 1)))));
  }

  @Test
  void aValueOfAnUnknownKindIsAnErrorNotAGuess() {
    PageKeys keys = new PageKeys("");
    assertThrows(IllegalArgumentException.class, () -> keys.of("t", context("when", java.time.LocalDate.of(2024, 1, 1))));
  }

  /** A record holding articles, as a page's view may. */
  private record Holder(List<Article> stories) {}

  @Test
  void afterBodyEditsAPageKeepsItsLastKeyUnlessItHoldsAnEditedStory() {
    Article edited = article("content/a.md", "A", "<p>new words</p>");
    Article other = article("content/b.md", "B", "<p>same words</p>");
    Map<String, String> last = Map.of(
        "a.html", "last a", "b.html", "last b", "list.html", "last list", "long.html", "last long",
        "held.html", "last held");
    PageKeys keys = new PageKeys("code", new BodyEdits(Set.of("content/a.md"), last::get));
    PageKeys plain = new PageKeys("code");

    assertEquals("last b", keys.of("b.html", "article", context("article", other, "title", "B")));
    assertEquals(plain.of("article", context("article", edited)), keys.of("a.html", "article", context("article", edited)));
    assertEquals(plain.of("list", context("articles", List.of(other, edited))),
        keys.of("list.html", "list", context("articles", List.of(other, edited))));
    List<Article> many = new java.util.ArrayList<>(java.util.Collections.nCopies(70, other));
    assertEquals("last long", keys.of("long.html", "list", context("articles", many)));
    many.add(edited);
    assertNotEquals("last long", keys.of("long.html", "list", context("articles", List.copyOf(many))));
    assertNotEquals("last held", keys.of("held.html", "list", context("views", Map.of("v", new Holder(List.of(edited))))));
    assertEquals(plain.of("article", context("article", other)),
        keys.of("new.html", "article", context("article", other)), "no last key: worked out");
  }

  @Test
  void theThreadsThatMadeKeysKeepNothingOfTheBuildOnceItsKeysAreGone() throws Exception {
    // a long-lived thread, as the common pool's are in `serve`, where a build follows a build
    java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.lang.ref.WeakReference<List<Article>> hashed = keysMadeOn(thread);
      for (int i = 0; i < 50 && hashed.get() != null; i++) {
        System.gc();
        Thread.sleep(10);
      }
      assertTrue(hashed.get() == null, "what the keys were made of is still held by the thread that made them");
    } finally {
      thread.shutdownNow();
    }
  }

  /**
   * Makes the key of a page of 100 articles (a list of 64 or more is hashed once and remembered
   * by the keys) on {@code thread}, and lets go of the keys and the articles.
   */
  private static java.lang.ref.WeakReference<List<Article>> keysMadeOn(java.util.concurrent.ExecutorService thread)
      throws Exception {
    List<Article> articles = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      articles.add(article("content/" + i + ".md", "T" + i, "<p>" + i + "</p>"));
    }
    PageKeys keys = new PageKeys("code 1");
    thread.submit(() -> keys.of("home", context("articles", articles))).get();
    return new java.lang.ref.WeakReference<>(articles);
  }
}
