package org.sitrep.core.extract;

/**
 * How the extractor is set up. {@code maxChars}: longer articles are refused with a clear error rather than risking
 * minutes of parsing or running out of memory. {@code cascade}: parse only sentences holding a candidate cue or
 * trigger (false parses every sentence, the baseline the cascade is measured against).
 */
public record ExtractorConfig(int maxChars, boolean cascade) {
  public static final int DEFAULT_MAX_CHARS = 500_000;

  public ExtractorConfig {
    if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
  }

  public static ExtractorConfig defaults() { return new ExtractorConfig(DEFAULT_MAX_CHARS, true); }
}
