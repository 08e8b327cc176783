package org.dateline.cli;

/** Entry point of {@code java -jar dateline.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(DatelineCommand.execute(DatelineCommand.forArgs(args), args));
  }
}
