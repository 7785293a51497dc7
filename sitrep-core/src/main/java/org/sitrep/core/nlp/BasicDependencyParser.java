package org.sitrep.core.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.LazyProductParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (its default English UD model), giving the basic Universal Dependencies graph
 * only. CoreNLP's {@code DependencyParseAnnotator} turns each parse into five graphs (basic, collapsed, CC-processed,
 * enhanced, enhanced++); Sitrep reads only the basic arcs, and building the other four took a fifth of the parser's
 * time on 30 press releases (JFR: {@code UniversalEnglishGrammaticalStructure}'s case-marker, passive and conjunction
 * rewrites). Thread-safe as the annotator is: one loaded model, and {@code predict} keeps its state in locals.
 * The network's pre-computed hidden-layer products are made as features are first met, not at load
 * ({@link LazyProductParser}; same scores, so the same arcs).
 */
final class BasicDependencyParser {
  /**
   * Hidden-layer products the parser keeps for features outside the model's 99,990 pre-computed ones (CoreNLP's default
   * is 5,000). Most of the parser's time went on recomputing them: news keeps returning to the same words, tags and arcs
   * beyond the model's list, and 5,000 entries did not hold them. On 3,163 press-release sentences, parsed twice in a
   * row, CPU time was 35.8 s then 36.5 s with 5,000 and 29.8 s then 20.3 s with 50,000, with the same arcs (the cache
   * holds exact products). Each entry is one hidden layer (1,000 floats, 4 KB): at most about 200 MB of heap.
   */
  static final int CACHED_FEATURES = 50_000;

  private final DependencyParser parser = LazyProductParser.load(DependencyParser.DEFAULT_MODEL, properties());

  private static Properties properties() {
    Properties p = new Properties();
    p.setProperty("numCached", Integer.toString(CACHED_FEATURES));
    return p;
  }

  /** The sentence's basic dependencies; the sentence needs tokens with words and POS tags. */
  SemanticGraph parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
  }
}
