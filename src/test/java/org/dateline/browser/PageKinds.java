package org.dateline.browser;

import java.util.List;

/** One page of each kind of the browser-test site, by name and path. */
record PageKinds(String name, String path) {
  static final List<PageKinds> ALL =
      List.of(
          new PageKinds("home", "index.html"),
          new PageKinds("article", "articles/kazakhstan-sees-south-korea-as-ideal-partner-in-pragmatic-diplomacy.html"),
          new PageKinds("person", "people/marta-kowalczyk.html"),
          new PageKinds("country", "countries/kz.html"),
          new PageKinds("people", "people/index.html"),
          new PageKinds("countries", "countries/index.html"),
          new PageKinds("archive", "archive/index.html"),
          new PageKinds("month", "archive/2025/04.html"),
          new PageKinds("sources", "sources.html"),
          new PageKinds("search", "search.html?q=kazakhstan"),
          new PageKinds("not-found", "404.html"));
}
