package org.sitrep.core.testing;

import java.time.LocalDate;
import org.sitrep.core.model.Article;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.nlp.ParseSelector;
import org.sitrep.core.pipeline.Doc;

/**
 * Test helper: one CoreNLP stage per test JVM (loading it takes seconds), parsing every sentence so stage tests do
 * not depend on the cascade's lexicons. Tests build later layers themselves with the stage under test.
 */
public final class NlpFixture {
  private NlpFixture() {}

  private static final class Holder {
    static final NlpStage NLP = new NlpStage(ParseSelector.ALL);
  }

  /** The shared stage (every sentence parsed), for tests that assemble more than one stage. */
  public static NlpStage stage() { return Holder.NLP; }

  /** A document with SENTENCES added, published on {@code published} (nullable). */
  public static Doc parse(String text, LocalDate published) {
    return Holder.NLP.apply(Doc.of(Article.of("test", text, published)));
  }

  public static Doc parse(String text) {
    return parse(text, LocalDate.of(2023, 6, 4));
  }
}
