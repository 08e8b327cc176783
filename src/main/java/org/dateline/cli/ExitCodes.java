package org.dateline.cli;

/** The command line's exit codes: a contract with scripts and CI. */
final class ExitCodes {
  static final int OK = 0;
  static final int CONTENT_ERROR = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}
