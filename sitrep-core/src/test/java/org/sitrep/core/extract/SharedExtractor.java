package org.sitrep.core.extract;

import org.sitrep.core.testing.NlpFixture;

/** One standard extractor per test JVM, over the same CoreNLP models as the stage tests' fixture. */
final class SharedExtractor {
  private SharedExtractor() {}

  private static final class Holder {
    static final Extractor EXTRACTOR = new Extractor(ExtractorConfig.defaults(), NlpFixture.stage());
  }

  static Extractor get() { return Holder.EXTRACTOR; }
}
