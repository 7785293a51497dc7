package org.sitrep.cli;

/** Exit codes of CONTRACT.md. */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  public static final int SOME_INPUT_FAILED = 1;
  public static final int USAGE = 2;
  public static final int RESOURCE = 3;
}
