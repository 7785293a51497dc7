package org.sitrep.cli;

import java.io.IOException;
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
    description = {"Statement attribution P/R/F1 (exact, begin, overlap) on PolNeAR.",
        "Before scoring, predicted sources take the comma that closes their apposition and cues the colon after them,",
        "as PolNeAR's annotators mark them; Sitrep's own spans leave that punctuation out."})
public final class EvalAttributionCommand implements Callable<Integer> {
  @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR folder holding train/ and dev/.")
  Path dir;

  @Option(names = "--split", paramLabel = "dev|train", description = "Split to score (default: ${DEFAULT-VALUE}).")
  String split = "dev";

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles (default: all).")
  int limit;

  @Option(names = "--misses", paramLabel = "FILE",
      description = "Also write each missed gold span and extra prediction (article, role, text) to FILE; it holds corpus text, keep it out of the repository.")
  Path misses;

  @Option(names = "--cue-stats", paramLabel = "FILE",
      description = "Also write per lemma how often it lies inside a gold cue and how often it occurs (the counts behind cues.tsv's data-derived entries).")
  Path cueStats;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Keep the nlp stage's sentences in FILE (e.g. under /tmp) and reuse them while the cascade parses the same sentences: a second run skips CoreNLP. It holds corpus text; keep it out of the repository.")
  Path cache;

  @Option(names = "--cache-all-parses",
      description = "With --cache: parse every sentence of an article not yet cached (about twice the CoreNLP time) and cache it so; the gate then drops the arcs it would not have asked for, so the cache serves any later gate (a wider cue lexicon) without parsing again.")
  boolean cacheAllParses;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write each predicted statement (speaker, cue, content offsets) and each token (tag, lemma, arc) to FILE, for error analysis; it holds corpus text, keep it out of the repository.")
  Path predictions;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir.resolve(split))) throw new UsageException("--polnear " + dir + " has no " + split + "/ folder");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (PrintStream m = open(misses); PrintStream c = open(cueStats); PrintStream p = open(predictions)) {
      AttributionEvaluation.run(dir, split, limit, out, m, c, cache, cacheAllParses, p);
    }
    return ExitCodes.OK;
  }

  private static PrintStream open(Path file) throws IOException {
    return file == null ? null : new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8);
  }
}
