package org.dateline.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a page sits in a paginated list. Page 1 is {@code first}; page n is
 * {@code prefix + n + ".html"}. URLs are relative to the site root.
 */
public record Pagination(int number, int total, String first, String prefix) {

  public String url(int page) {
    return page == 1 ? first : prefix + page + ".html";
  }

  public String previous() {
    return number > 1 ? url(number - 1) : null;
  }

  public String next() {
    return number < total ? url(number + 1) : null;
  }

  /** Splits {@code items} into pages of {@code size}; an empty list gives one empty page. */
  static <T> List<List<T>> split(List<T> items, int size) {
    List<List<T>> pages = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      pages.add(items.subList(i, Math.min(items.size(), i + size)));
    }
    if (pages.isEmpty()) {
      pages.add(List.of());
    }
    return pages;
  }
}
