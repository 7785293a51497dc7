package org.sitrep.core.nlp;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a model loaded on another thread, with its failure rethrown as it was thrown there. */
final class Loading {
  private Loading() {}

  static <T> T await(Future<T> load) {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException("loading models failed", e.getCause());
    }
  }
}
