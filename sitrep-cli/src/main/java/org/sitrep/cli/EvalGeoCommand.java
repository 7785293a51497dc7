package org.sitrep.cli;

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

  @Override
  public Integer call() {
    if (!Files.isRegularFile(corpus)) throw new UsageException("--corpus " + corpus + " is not a readable file");
    GeoEvaluation.run(corpus, limit, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }
}
