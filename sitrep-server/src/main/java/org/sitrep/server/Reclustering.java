package org.sitrep.server;

import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.store.Clusterer;
import org.sitrep.store.Store;

/**
 * Reclusters the store after articles arrive by {@code POST /api/articles}, off the request thread, one run at a time
 * with at most one more queued. Clustering reads every event of the store, so a run per article made a burst of N
 * posts cost N whole-store passes, each holding its request; now a burst costs one or two, and each post answers as
 * soon as its article is saved. A run that starts after an article was saved always includes it, so the clusters catch
 * up within one run of the last post.
 */
final class Reclustering implements AutoCloseable {
  private final Clusterer clusterer;
  private final Store store;
  private final PrintWriter errorLog;
  private final AtomicBoolean queued = new AtomicBoolean();
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "sitrep-recluster");
    t.setDaemon(true);
    return t;
  });

  Reclustering(Clusterer clusterer, Store store, PrintWriter errorLog) {
    this.clusterer = clusterer;
    this.store = store;
    this.errorLog = errorLog;
  }

  /** Asks for a run; returns at once. A request while a run is queued (not yet started) is that run's. */
  void request() {
    if (queued.compareAndSet(false, true)) runner.execute(this::run);
  }

  private void run() {
    // cleared before reading the store: an article saved from here on queues the next run
    queued.set(false);
    try {
      clusterer.recluster(store);
    } catch (RuntimeException e) {
      // the stored articles and extractions are untouched; the next post retries the clustering
      synchronized (errorLog) {
        errorLog.println("reclustering after an article was posted failed: " + e.getMessage());
        errorLog.flush();
      }
    }
  }

  /** Waits until every run requested so far has finished (tests, shutdown). */
  void await() throws InterruptedException {
    try {
      runner.submit(() -> { }).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    runner.shutdown();
    try {
      runner.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
