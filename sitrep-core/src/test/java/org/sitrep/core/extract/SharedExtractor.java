package org.sitrep.core.extract;

/** One standard extractor per test JVM: building it loads CoreNLP and every lexicon. */
final class SharedExtractor {
  private SharedExtractor() {}

  private static final class Holder {
    static final Extractor EXTRACTOR = new Extractor(ExtractorConfig.defaults());
  }

  static Extractor get() { return Holder.EXTRACTOR; }
}
