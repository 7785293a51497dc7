package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./sitrep serve: the read-only JSON API and the dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store read-only: the JSON API under /api (health, events, articles, statements, search)"
        + " and the dashboard at /.", "Runs until interrupted (Ctrl-C)."})
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

  /** Released to stop a running server; tests count it down instead of sending a signal. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) throw new UsageException("--port must be 0 to 65535, got " + port);
    if (host == null || host.isBlank()) throw new UsageException("--host must not be empty");
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = Store.openExisting(StoreOption.resolve(db));
         SitrepServer server = new SitrepServer(new StoreReader(store), err).start(host, port)) {
      Thread hook = new Thread(stop::countDown);
      Runtime.getRuntime().addShutdownHook(hook);
      err.println("sitrep serve: " + store.location() + " at http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
      err.flush();
      stop.await();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting: the hook has run, which is how we got here.
      }
    }
    return ExitCodes.OK;
  }
}
