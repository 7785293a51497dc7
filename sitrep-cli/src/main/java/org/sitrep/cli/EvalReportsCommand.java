package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.cli.eval.ReportEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./sitrep eval reports: event coding on hand-labelled conflict reports (ISAF press releases). */
@Command(name = "reports", mixinStandardHelpOptions = true,
    description = {"Event coding on real conflict reports: ISAF press releases (JSON Lines with text, gold.event_type, "
        + "gold.start_date, gold.province, gold.target_group).",
        "Prints, per labelled kind (detention, killing, air strike), the share of releases with an asserted event of "
        + "that kind, and for the main event (the first asserted event with an ACLED type in the body) whether its ACLED "
        + "type fits the label, its date is the labelled start date, its place is in the labelled province, an armed "
        + "group is among its recipients, and its first actor's country and sector."})
public final class EvalReportsCommand implements Callable<Integer> {
  @Option(names = "--isaf", required = true, paramLabel = "FILE", description = "The ISAF press releases JSON Lines file.")
  Path file;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N releases (default: all).")
  int limit;

  @Option(names = "--misses", paramLabel = "N", description = "Also print up to N releases whose main event is wrong in type, date, province or target.")
  int misses;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) throw new UsageException("--isaf " + file + " is not a readable file");
    ReportEvaluation.run(file, limit, misses, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }
}
