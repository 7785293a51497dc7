package org.sitrep.core.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Something slow to load (CoreNLP's models, its parser) built on a daemon thread of its own while the caller loads
 * other things, then awaited where it is needed. A failure while loading is rethrown as it was; a checked one is
 * wrapped, naming what was loading.
 */
public final class BackgroundLoad<T> {
  private final FutureTask<T> task;
  private final String what;

  /** Starts loading at once on a thread named {@code threadName}; {@code what} names it in errors ("CoreNLP"). */
  public BackgroundLoad(Callable<T> load, String what, String threadName) {
    this.task = new FutureTask<>(load);
    this.what = what;
    Thread loader = new Thread(task, threadName);
    loader.setDaemon(true);
    loader.start();
  }

  /** Waits for the load to end and returns what it built. */
  public T get() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException("loading " + what + " failed", e.getCause());
    }
  }
}
