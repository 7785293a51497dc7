package org.sitrep.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.Consumer;
import org.sitrep.core.pipeline.Deadline;

/**
 * Runs a step over an article's sentences in batches of {@value #SIZE}, checking the article's deadline before each
 * batch. On a {@link java.util.concurrent.ForkJoinPool} worker thread (the command line's article workers) the batches
 * are forked, so a worker with no article of its own left takes batches of another worker's long article instead of
 * idling: one 175,000-character transcript held 55% of the sentences of 40 press releases and kept one of two workers
 * busy alone. Anywhere else (one thread, a server request, a Spark task) they run in order on the caller's thread.
 *
 * <p>Tagging, NER and parsing are per sentence in CoreNLP, and a batch's sentences are the same whichever thread runs
 * it, so the output does not depend on the mode. A batch that throws does not stop the others once forked; the
 * exception of the first such batch in sentence order is rethrown as it was thrown.
 */
final class SentenceBatches {
  static final int SIZE = 32;

  private SentenceBatches() {}

  /** Applies {@code work} to consecutive batches of {@code items}; {@code step} names the step in a deadline error. */
  static <T> void run(List<T> items, Deadline deadline, String step, Consumer<List<T>> work) {
    List<Batch<T>> batches = new ArrayList<>();
    for (int from = 0; from < items.size(); from += SIZE) {
      batches.add(new Batch<>(items.subList(from, Math.min(items.size(), from + SIZE)), deadline, step, work));
    }
    if (batches.size() < 2 || !ForkJoinTask.inForkJoinPool()) {
      for (Batch<T> b : batches) b.runHere();
      return;
    }
    ForkJoinTask.invokeAll(batches);
    for (Batch<T> b : batches) b.rethrow();
  }

  /** One batch; a failure is kept, not thrown through the fork/join framework, which may wrap it in a copy. */
  private static final class Batch<T> extends RecursiveAction {
    private final List<T> items;
    private final Deadline deadline;
    private final String step;
    private final Consumer<List<T>> work;
    private Throwable failure;

    Batch(List<T> items, Deadline deadline, String step, Consumer<List<T>> work) {
      this.items = items;
      this.deadline = deadline;
      this.step = step;
      this.work = work;
    }

    void runHere() {
      deadline.check(step);
      work.accept(items);
    }

    @Override
    protected void compute() {
      try {
        runHere();
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }

    void rethrow() {
      if (failure instanceof RuntimeException r) throw r;
      if (failure instanceof Error e) throw e;
    }
  }
}
