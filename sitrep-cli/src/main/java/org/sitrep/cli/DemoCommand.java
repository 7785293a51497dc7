package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.model.Article;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.ArticleProcessor;
import org.sitrep.store.ExtractorProcessor;
import org.sitrep.store.Ingest;
import org.sitrep.store.IngestSummary;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * ./sitrep demo: ingest the bundled press releases into a demo store (once: a re-run finds them stored and skips
 * the models) and serve the dashboard over it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled sample (42 Kremlin and President of Ukraine press releases, 2022, CC BY 4.0;"
        + " examples/press-releases-2022.ATTRIBUTION.md) into a demo store and serve the dashboard over it.",
        "The first run extracts the sample (a minute or two); later runs find it stored and start at once.",
        "Runs until interrupted (Ctrl-C)."})
public final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "examples/press-releases-2022.jsonl";

  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "DB", description = "The demo store (default: ${DEFAULT-VALUE}).")
  String db = "sitrep-demo.db";

  @Option(names = "--sample", paramLabel = "FILE",
      description = "Articles to ingest, JSON Lines (default: " + SAMPLE + " in the Sitrep folder).")
  Path sample;

  @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = SitrepServer.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads for the first run (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--no-serve", description = "Only make the demo store, do not serve it.")
  boolean noServe;

  /** The processor for the sample; tests replace it to avoid loading CoreNLP. */
  Supplier<ArticleProcessor> processorFactory = () -> new ExtractorProcessor(new Extractor(ExtractorConfig.defaults()));

  /** Released to stop a running server; tests count it down instead of sending a signal. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) throw new UsageException("--port must be 0 to 65535, got " + port);
    if (threads < 1) throw new UsageException("--threads must be at least 1, got " + threads);
    Path in = sample != null ? sample : defaultSample();
    if (!Files.isRegularFile(in)) throw new UsageException("sample " + in + " does not exist (give --sample FILE)");
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = Store.open(db)) {
      ingestSample(store, in, threads, processorFactory, err);
      Store.Counts counts = store.counts();
      err.println("sitrep demo: " + counts.articles() + " articles, " + counts.events() + " events, "
          + counts.statements() + " statements, " + counts.clusters() + " clusters");
      err.flush();
      if (!noServe) ServeCommand.serve(store, host, port, null, err, stop);
    }
    return ExitCodes.OK;
  }

  /** Extracts into {@code store} whatever of the sample it lacks; loads the models only if something is missing. */
  static void ingestSample(Store store, Path in, int threads, Supplier<ArticleProcessor> processorFactory,
      PrintWriter err) throws Exception {
    int missing = missing(store, in);
    if (missing == 0) {
      err.println("sitrep demo: " + store.location() + " already holds the sample (" + in + ")");
      return;
    }
    err.println("sitrep demo: extracting " + missing + " articles of " + in + " into " + store.location()
        + " (loading the models takes about 15 s)");
    err.flush();
    IngestSummary summary;
    try (IngestCommand.Progress progress = new IngestCommand.Progress(err)) {
      summary = new Ingest(store, processorFactory.get(), threads).run(List.of(in), progress);
    }
    err.println("sitrep demo: " + summary.line());
  }

  /** The sample beside the launcher ($SITREP_HOME, set by ./sitrep), else under the working directory. */
  static Path defaultSample() {
    String home = System.getenv("SITREP_HOME");
    return home != null && !home.isBlank() ? Path.of(home, SAMPLE) : Path.of(SAMPLE);
  }

  /** How many of the sample's articles the store does not hold yet (same id and text). */
  private static int missing(Store store, Path in) throws Exception {
    ArticleParser parser = new ArticleParser();
    int missing = 0;
    int line = 0;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      for (String json = r.readLine(); json != null; json = r.readLine()) {
        line++;
        if (json.isBlank()) continue;
        String where = in + ":" + line;
        Article a = parser.parse(json, where, where, null);
        if (!store.contains(a.id(), Store.textHash(a.text()))) missing++;
      }
    }
    return missing;
  }
}
