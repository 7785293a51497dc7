package org.sitrep.core.nlp;

import java.util.Set;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Stage;

/**
 * Reads the article text; adds SENTENCES: tokens with lemma, part of speech and NER tag for every sentence ("O" without
 * running NER where a sentence has no capital, digit, or date or amount word), and Universal Dependencies arcs for
 * the sentences the cascade selects. Loads CoreNLP's models once, the parser on a thread of its own (a few seconds;
 * the parser's cached hidden-layer products grow by up to 0.4 GB of heap as parses need them); one instance serves all
 * threads. Run on a fork/join pool's workers, an article's sentence batches may be annotated by idle workers.
 */
public final class NlpStage implements Stage {
  private final CoreNlpAnnotator annotator;
  private final ParseSelector selector;

  public NlpStage(ParseSelector selector) {
    this(new CoreNlpAnnotator(), selector);
  }

  private NlpStage(CoreNlpAnnotator annotator, ParseSelector selector) {
    this.annotator = annotator;
    this.selector = selector;
  }

  /** The same loaded models with another cascade gate: models are loaded once per process, not per selector. */
  public NlpStage withSelector(ParseSelector other) {
    return new NlpStage(annotator, other);
  }

  @Override
  public Set<Layer<?>> requires() { return Set.of(); }

  @Override
  public Layer<?> adds() { return Layers.SENTENCES; }

  @Override
  public Doc apply(Doc doc) {
    return doc.with(Layers.SENTENCES, annotator.annotate(doc.text(), selector, doc.deadline()));
  }
}
