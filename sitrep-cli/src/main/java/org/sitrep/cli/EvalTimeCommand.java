package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.cli.eval.TimeEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./sitrep eval time: start date and province of the main event of hand-labelled press releases (ISAF). */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Start-date and province accuracy on ISAF press releases (JSON Lines with text, gold.start_date and "
        + "gold.province).")
public final class EvalTimeCommand implements Callable<Integer> {
  @Option(names = "--isaf", required = true, paramLabel = "FILE", description = "The ISAF press releases JSON Lines file.")
  Path file;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N releases (default: all).")
  int limit;

  @Option(names = "--misses", paramLabel = "N", description = "Also print up to N releases with a wrong start date or province, with the release's opening.")
  int misses;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) throw new UsageException("--isaf " + file + " is not a readable file");
    TimeEvaluation.run(file, limit, misses, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }
}
