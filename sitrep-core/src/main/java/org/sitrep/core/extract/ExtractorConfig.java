package org.sitrep.core.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * How the extractor is set up. {@code maxChars}: longer articles are refused with a clear error rather than risking
 * minutes of parsing or running out of memory. {@code cascade}: parse only sentences holding a candidate cue or
 * trigger (false parses every sentence, the baseline the cascade is measured against). {@code timeLimit}: an article
 * still being extracted after this long is refused with an error naming it and the limit (checked between stages
 * and between batches of sentences, so it can run over by one batch).
 */
public record ExtractorConfig(int maxChars, boolean cascade, Duration timeLimit) {
  public static final int DEFAULT_MAX_CHARS = 500_000;
  /** About a hundred times what a 500,000-character article of ordinary sentences takes on one shared core. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

  public ExtractorConfig {
    if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    Objects.requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
  }

  /** The default time limit. */
  public ExtractorConfig(int maxChars, boolean cascade) {
    this(maxChars, cascade, DEFAULT_TIME_LIMIT);
  }

  public static ExtractorConfig defaults() { return new ExtractorConfig(DEFAULT_MAX_CHARS, true); }

  public ExtractorConfig withTimeLimit(Duration limit) { return new ExtractorConfig(maxChars, cascade, limit); }
}
