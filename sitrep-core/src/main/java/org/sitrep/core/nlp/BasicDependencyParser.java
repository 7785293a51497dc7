package org.sitrep.core.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
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
 */
final class BasicDependencyParser {
  private final DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());

  /** The sentence's basic dependencies; the sentence needs tokens with words and POS tags. */
  SemanticGraph parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
  }
}
