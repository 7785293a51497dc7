package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.cli.eval.AttributionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./sitrep eval attribution: source, cue and content P/R/F1 on PolNeAR's brat files. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = "Statement attribution P/R/F1 (exact, begin, overlap) on PolNeAR.")
public final class EvalAttributionCommand implements Callable<Integer> {
  @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR folder holding train/ and dev/.")
  Path dir;

  @Option(names = "--split", paramLabel = "dev|train", description = "Split to score (default: ${DEFAULT-VALUE}).")
  String split = "dev";

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles (default: all).")
  int limit;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir.resolve(split))) throw new UsageException("--polnear " + dir + " has no " + split + "/ folder");
    AttributionEvaluation.run(dir, split, limit, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }
}
