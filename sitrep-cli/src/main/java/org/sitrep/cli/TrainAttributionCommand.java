package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.cli.eval.CueTaggerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./sitrep train attribution: the cue tagger's weights from PolNeAR's train split (and nothing else). */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = {"Train the attribution cue tagger (averaged perceptron, B/I/O over tokens) on PolNeAR's train split.",
        "Reads only DIR/train; writes the weights TSV that sitrep-core ships as sitrep/attribution/cue_tagger.tsv."})
public final class TrainAttributionCommand implements Callable<Integer> {
  @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR folder holding train/.")
  Path dir;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the weights TSV.")
  Path outFile;

  @Option(names = "--limit", paramLabel = "N", description = "Train on the first N articles of the train split (default: all).")
  int limit;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training sentences (default: ${DEFAULT-VALUE}).")
  int epochs = 8;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the sentence order in each pass (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--min-count", paramLabel = "N", description = "Leave out features seen fewer than N times (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Keep the annotated sentences in FILE (e.g. under /tmp) and reuse them: a second run skips CoreNLP. It holds corpus text; keep it out of the repository.")
  Path cache;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir.resolve("train"))) throw new UsageException("--polnear " + dir + " has no train/ folder");
    if (epochs < 1) throw new UsageException("--epochs " + epochs + " must be at least 1");
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    try (var out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      CueTaggerTraining.run(dir, limit, epochs, seed, minCount, cache, out, err);
    }
    return ExitCodes.OK;
  }
}
