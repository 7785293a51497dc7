package org.sitrep.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * The pipelines Sitrep replaces, for the benchmark: CoreNLP's parse pipeline, or the parse pipeline plus coreference
 * and quote attribution (the usual way to get "who said what" from CoreNLP). Not thread-safe when it includes quote
 * (its attribution step is not), so each benchmark thread builds its own in that case.
 */
final class CoreNlpBaseline {
  static final String PARSE = "corenlp-parse";
  static final String QUOTE = "corenlp-quote";

  private final StanfordCoreNLP pipeline;

  CoreNlpBaseline(String name) {
    Properties p = new Properties();
    switch (name) {
      case PARSE -> p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
      case QUOTE -> {
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
      }
      default -> throw new UsageException("--baseline is " + name + ", expected " + PARSE + " or " + QUOTE);
    }
    p.setProperty("ner.applyFineGrained", "false");
    pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates one text and returns its sentence count (CoreNLP's ssplit, as Sitrep's). */
  int annotate(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    List<?> s = a.get(CoreAnnotations.SentencesAnnotation.class);
    return s == null ? 0 : s.size();
  }
}
