package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** ./sitrep eval: accuracy of each part against a labelled data set given by path. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure accuracy on a labelled data set (the data set is given by path; nothing is bundled).",
    subcommands = {EvalTimeCommand.class, EvalAttributionCommand.class, EvalGeoCommand.class, EvalEventsCommand.class, EvalClusteringCommand.class, EvalReportsCommand.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to evaluate, e.g. 'eval geo --corpus FILE'");
  }
}
