package org.dateline.render.pebble;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import java.util.Map;

/** The filters Dateline adds to Pebble. */
final class ArchiveExtension extends AbstractExtension {
  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("longdate", new LongDateFilter(), "html", new HtmlFilter());
  }
}
