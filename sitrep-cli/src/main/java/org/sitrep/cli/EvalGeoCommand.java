package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.cli.eval.GeoEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./sitrep eval geo: geoparsing accuracy on LGL or GeoWebNews XML. */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = "Geoparsing: acc@161km on gold toponyms, error km, end-to-end P/R/F1 (LGL / GeoWebNews XML).")
public final class EvalGeoCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "LGL or GeoWebNews XML file.")
  Path corpus;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles (default: all).")
  int limit;

  @Option(names = "--misses", paramLabel = "FILE",
      description = "Write each miss, at the gold spans and end to end (gold toponyms resolved wrongly or not"
          + " at all, and spurious places): where, id, name, gold, ours, error, NER tags, context.")
  Path misses;

  @Option(names = "--sentence-cache", paramLabel = "FILE",
      description = "Keep the nlp stage's tokens and NER tags of the corpus in FILE: read where it has the article, "
          + "tag and add the rest. Re-runs then take seconds instead of minutes (for tuning the geo stage).")
  Path sentenceCache;

  @Option(names = "--breakdown",
      description = "End with the end-to-end misses sorted into classes (not recognised by kind and NER tag, wrong place "
          + "by distance and feature, spurious places), largest first, with their most frequent names.")
  boolean breakdown;

  @Option(names = "--warm-seconds", paramLabel = "S", defaultValue = "3",
      description = "CPU seconds of warm passes over the articles before the warm toponyms/s is read (default: 3);"
          + " 20 or more steadies the figure on a loaded machine and gives a profiler enough samples.")
  double warmSeconds;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(corpus)) throw new UsageException("--corpus " + corpus + " is not a readable file");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (misses == null) {
      GeoEvaluation.run(corpus, limit, out, null, sentenceCache, breakdown, warmSeconds);
      return ExitCodes.OK;
    }
    try (PrintStream m = new PrintStream(Files.newOutputStream(misses), true, StandardCharsets.UTF_8)) {
      GeoEvaluation.run(corpus, limit, out, m, sentenceCache, breakdown, warmSeconds);
    } catch (IOException e) {
      throw new UsageException("--misses " + misses + ": " + e.getMessage());
    }
    return ExitCodes.OK;
  }
}
