package org.dateline.read;

/** What a block of a story is, as far as its layout tells. */
public enum BlockKind {
  /** Body text. */
  PARAGRAPH,
  /** An in-body section heading. */
  HEADING,
  /** A photo caption with its credit; not body text. */
  CAPTION,
  /** "By Laura Wambui": the author line; not body text. */
  BYLINE,
  /** A reporting or agency credit: "(Reporting by ...)", "– AFP", "(END)", a reporter's e-mail. */
  CREDIT,
  /** "This article is republished with the permission of The Korea Times." */
  SOURCE_NOTICE,
  /** A promotional footer: "Get The Astana Times stories sent directly to you!". */
  FOOTER,
  /** Other Markdown body content: lists, block quotes, tables, code. */
  OTHER;

  /** True for blocks that are part of the story's text (and so may name people and countries). */
  public boolean isBody() {
    return this == PARAGRAPH || this == HEADING || this == OTHER;
  }
}
