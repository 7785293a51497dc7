package org.sitrep.core.extract;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;

/**
 * The thread pool to extract articles on with {@code --threads N}: a fork/join pool, so that the sentence batches the
 * nlp stage forks while it tags and parses one long article are taken by workers that have no article left, instead
 * of one worker annotating the long article alone while the others wait. Results do not depend on which worker
 * annotates a sentence.
 */
public final class ArticleWorkers {
  private ArticleWorkers() {}

  /** A pool of {@code threads} daemon workers named {@code name}. */
  public static ForkJoinPool create(int threads, String name) {
    return create(threads, name, t -> {});
  }

  /**
   * As {@link #create(int, String)}, calling {@code onExit} on each worker thread as it ends (the bench adds up their CPU
   * time there: work a worker took from another's article belongs to no article of its own).
   */
  public static ForkJoinPool create(int threads, String name, Consumer<Thread> onExit) {
    return new ForkJoinPool(threads, pool -> new Worker(pool, name, onExit), null, false);
  }

  private static final class Worker extends ForkJoinWorkerThread {
    private final Consumer<Thread> onExit;

    Worker(ForkJoinPool pool, String name, Consumer<Thread> onExit) {
      super(pool);
      this.onExit = onExit;
      setName(name);
      setDaemon(true);
    }

    @Override
    protected void onTermination(Throwable exception) {
      try {
        onExit.accept(this);
      } finally {
        super.onTermination(exception);
      }
    }
  }
}
