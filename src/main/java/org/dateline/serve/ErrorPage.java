package org.dateline.serve;

import java.util.List;
import org.dateline.diag.Diagnostic;
import org.dateline.model.Html;

/** The HTML that shows a failed build's diagnostics in the browser, escaped. */
final class ErrorPage {
  private ErrorPage() {}

  /** The overlay for {@code errors} (empty when there are none). */
  static String overlay(List<Diagnostic> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Diagnostic d : errors) {
      text.append(Html.escape(d.toString())).append('\n');
    }
    return "<link rel=\"stylesheet\" href=\"/__dateline/overlay.css\">\n"
        + "<div class=\"dateline-build-errors\" role=\"alert\"><h2>The last build failed;"
        + " this is the last good site. Fix these and save:</h2><pre>"
        + text
        + "</pre></div>\n";
  }

  /** A page of its own, for when there is no good site to show. */
  static String page(String title) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'\">"
        + "<title>" + Html.escape(title) + "</title></head>\n<body><h1>" + Html.escape(title) + "</h1>\n</body></html>\n";
  }

}
