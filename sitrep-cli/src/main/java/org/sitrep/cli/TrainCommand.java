package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** ./sitrep train: learn a statistical component's weights from a labelled data set given by path. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a statistical component from a labelled data set (the data set is given by path; nothing is bundled).",
    subcommands = {TrainAttributionCommand.class})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to train, e.g. 'train attribution --polnear DIR --out FILE'");
  }
}
