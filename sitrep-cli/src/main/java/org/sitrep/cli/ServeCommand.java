package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.server.IntakeConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.ArticleProcessor;
import org.sitrep.store.ExtractorProcessor;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./sitrep serve: the JSON API and the dashboard over a store, until interrupted; read-only unless given a token. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store: the JSON API under /api (events, clusters' claims, actors, places, timeline,"
        + " escalation, statements, stances, articles, search; described at /api/openapi.json) and the dashboard at /.",
        "Read-only, unless a token is given (--token or $SITREP_TOKEN): then POST /api/articles with"
            + " 'Authorization: Bearer TOKEN' extracts and stores one article (JSON as for ingest, at most 1 MB).",
        "Runs until interrupted (Ctrl-C)."})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "DB",
      description = "SQLite file or jdbc:postgresql:// URL (default: $SITREP_DB, else sitrep.db).")
  String db;

  @Option(names = "--host", paramLabel = "HOST",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; anything else exposes the store to the network).")
  String host = SitrepServer.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = {"Bearer token (at least 16 characters) that lets POST /api/articles add articles; loads the"
          + " extraction models at start-up (default: $SITREP_TOKEN; none: read-only).",
          "Prefer $SITREP_TOKEN: other users can read command lines."})
  String token;

  /** The processor for posted articles; tests replace it to avoid loading CoreNLP. */
  Supplier<ArticleProcessor> processorFactory = () -> new ExtractorProcessor(new Extractor(ExtractorConfig.defaults()));

  /** Released to stop a running server; tests count it down instead of sending a signal. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) throw new UsageException("--port must be 0 to 65535, got " + port);
    if (host == null || host.isBlank()) throw new UsageException("--host must not be empty");
    String secret = token != null && !token.isBlank() ? token : System.getenv("SITREP_TOKEN");
    if (secret != null && secret.isBlank()) secret = null;
    if (secret != null && secret.strip().length() < IntakeConfig.MIN_TOKEN_LENGTH) {
      throw new UsageException("the token (--token or SITREP_TOKEN) must be at least " + IntakeConfig.MIN_TOKEN_LENGTH
          + " characters long, got " + secret.strip().length());
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = Store.openExisting(StoreOption.resolve(db))) {
      serve(store, host, port, secret == null ? null : new IntakeConfig(secret, store, processorFactory.get()), err,
          stop);
    }
    return ExitCodes.OK;
  }

  /** Serves {@code store} until {@code stop} is released or the JVM is interrupted; prints the URL to {@code err}. */
  static void serve(Store store, String host, int port, IntakeConfig intake, PrintWriter err, CountDownLatch stop)
      throws InterruptedException {
    try (SitrepServer server = new SitrepServer(new StoreReader(store), err, intake).start(host, port)) {
      Thread hook = new Thread(stop::countDown);
      Runtime.getRuntime().addShutdownHook(hook);
      err.println("sitrep serve: " + store.location() + " at http://" + host + ":" + server.port() + "/"
          + (intake == null ? " read-only" : " accepting POST /api/articles") + " (Ctrl-C to stop)");
      err.flush();
      stop.await();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting: the hook has run, which is how we got here.
      }
    }
  }
}
