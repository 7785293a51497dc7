package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.cli.eval.EventEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./sitrep eval events: event coding accuracy on the PLOVER gold-standard sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Event type and actor accuracy on the PLOVER GSR (plover_gsr.json).")
public final class EvalEventsCommand implements Callable<Integer> {
  @Option(names = "--plover-gsr", required = true, paramLabel = "FILE", description = "The PLOVER GSR JSON file.")
  Path file;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N records (default: all).")
  int limit;

  @Option(names = "--show-misses", description = "Print each record whose predicted type is wrong.")
  boolean showMisses;

  @Option(names = "--show-actor-misses",
      description = "Print each correctly typed record whose source or target country is missed, gold beside predicted.")
  boolean showActorMisses;

  @Option(names = "--show-extra-events", description = "Print each event found beyond the one of the gold type, with its type, modality and trigger.")
  boolean showExtras;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) throw new UsageException("--plover-gsr " + file + " is not a readable file");
    EventEvaluation.run(file, limit, showMisses, showActorMisses, showExtras, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }
}
