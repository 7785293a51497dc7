package org.sitrep.core.pipeline;

import java.time.Duration;

/**
 * An article's time limit: stages check it between steps and sentence batches, and an article over it is refused
 * with a {@link BadInputException} naming the article and the limit. Measures elapsed time with
 * {@link System#nanoTime()} only; it never reads the date. Immutable.
 */
public final class Deadline {
  /** No limit: for tools and tests that run single stages. */
  public static final Deadline NONE = new Deadline("", null, 0);

  private final String articleId;
  private final Duration limit;
  private final long startNanos;

  private Deadline(String articleId, Duration limit, long startNanos) {
    this.articleId = articleId;
    this.limit = limit;
    this.startNanos = startNanos;
  }

  /** A deadline {@code limit} from now for the article {@code articleId}. */
  public static Deadline after(String articleId, Duration limit) {
    if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("time limit must be positive, got " + limit);
    return new Deadline(articleId, limit, System.nanoTime());
  }

  /** Throws naming the article, the limit and {@code where} the work stopped, once the limit has passed. */
  public void check(String where) {
    if (limit == null) return;
    long elapsed = System.nanoTime() - startNanos;
    if (elapsed > limit.toNanos()) {
      throw new BadInputException("article " + articleId + ": extraction stopped in " + where + " after "
          + Duration.ofNanos(elapsed).toMillis() + " ms, over the time limit of " + describe(limit));
    }
  }

  /** "60 s", "1500 ms": how the limit reads in messages. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms > 0 && ms % 1000 == 0) return d.toSeconds() + " s";
    return ms > 0 ? ms + " ms" : d.toNanos() + " ns";
  }
}
