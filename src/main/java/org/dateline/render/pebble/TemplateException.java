package org.dateline.render.pebble;

/** A template is missing or fails to render; names the template file and line. */
public final class TemplateException extends RuntimeException {
  private final String file;
  private final int line;

  public TemplateException(String file, int line, String message) {
    super(message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
