package org.sitrep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of ./sitrep. */
public final class Main {
  private Main() {}

  /** Held so the setting survives garbage collection: JUL keeps loggers weakly. */
  private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

  public static void main(String[] args) {
    // Flyway reports every migration check on java.util.logging; stderr is for progress and errors.
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
    CommandLine cl = SitrepCommand.commandLine();
    // JSON output is UTF-8 whatever the platform's locale says.
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }
}
