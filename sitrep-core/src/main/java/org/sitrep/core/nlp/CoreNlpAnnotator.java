package org.sitrep.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.BackgroundLoad;
import org.sitrep.core.pipeline.Deadline;

/**
 * Runs Stanford CoreNLP as a cascade: tokenise, split (cutting overlong sentences and datelines, {@link SentenceChunker};
 * leaving out credit lines, {@link CreditLines}), tag and lemmatise every sentence, NER-tag the sentences with
 * something to tag ({@link NerGate}; its MUC model only where a date or amount may be, {@link DateGatedClassifier}),
 * then dependency-parse only the sentences the {@link ParseSelector} picks. Each of these steps runs in batches of
 * sentences, which idle workers of a fork/join pool may take ({@link SentenceBatches}). The tagger and the parser are
 * built once and shared across threads (their annotators are thread-safe; the quote annotator, which is not, is not
 * used). The parser gives basic dependencies only ({@link BasicDependencyParser}).
 */
final class CoreNlpAnnotator {
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final NERCombinerAnnotator ner;
  private final NerGate nerGate;
  private final DatelineCutter datelines;
  private final CreditLines credits;
  private final BasicDependencyParser parser;

  /**
   * Loads the POS tagger, the NER models and the parser. NER and the parser are built directly, not through CoreNLP's
   * annotator pool, so that NER runs on the sentences {@link NerGate} picks. The parser loads on a thread of its own
   * while the tagger and NER load here: reading its model is mostly turning text into numbers, work for a core and not
   * for the models jar. Its 20,000 pre-computed hidden-layer products, once 70% of its loading, are made as parses need
   * them ({@link BasicDependencyParser}).
   */
  CoreNlpAnnotator() {
    BackgroundLoad<BasicDependencyParser> parserLoad =
        new BackgroundLoad<>(BasicDependencyParser::new, "CoreNLP's parser", "sitrep-parser-load");
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("ssplit.newlineIsSentenceBreak", "two");
    splitter = new StanfordCoreNLP(split);
    Properties tag = new Properties();
    // Tagging runs on sentences SentenceChunker has cut to length, so it does not tokenise again.
    tag.setProperty("annotators", "pos,lemma");
    // Coarse CRF NER only: fine-grained NER doubles its cost, and SUTime's values are re-done by the time stage.
    tag.setProperty("ner.applyFineGrained", "false");
    tag.setProperty("ner.useSUTime", "false");
    tag.setProperty("ner.applyNumericClassifiers", "false");
    tag.setProperty("ner.buildEntityMentions", "false");
    tagger = new StanfordCoreNLP(tag, false);
    try {
      ner = new NERCombinerAnnotator(tag);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
    }
    nerGate = new NerGate();
    DateGatedClassifier.install(ner, nerGate);
    datelines = new DatelineCutter();
    credits = new CreditLines();
    parser = parserLoad.get();
  }

  List<Sentence> annotate(String text, ParseSelector selector, Deadline deadline) {
    Annotation doc = new Annotation(text);
    splitter.annotate(doc);
    List<CoreMap> split = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (split == null) return List.of();
    List<CoreMap> sentences = new ArrayList<>();
    for (CoreMap s : SentenceChunker.chunk(text, split, datelines)) {
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (!credits.isCredit(text.substring(begin, end))) sentences.add(s); // nothing is read from a credit line
    }
    inBatches(text, sentences, tagger, deadline, "nlp (tagging)");
    List<CoreMap> toTag = new ArrayList<>();
    for (CoreMap s : sentences) if (nerGate.worthTagging(s.get(CoreAnnotations.TokensAnnotation.class))) toTag.add(s);
    inBatches(text, toTag, ner, deadline, "nlp (NER)");
    List<List<Token>> tokens = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<Token> ts = tokens(s, text.length());
      tokens.add(ts);
      if (!ts.isEmpty() && selector.shouldParse(ts)) toParse.add(s);
    }
    // Each batch parses its own sentences into its own slots; the map is filled after all batches are joined.
    List<Integer> positions = new ArrayList<>(toParse.size());
    for (int i = 0; i < toParse.size(); i++) positions.add(i);
    SemanticGraph[] parses = new SemanticGraph[toParse.size()];
    SentenceBatches.run(positions, deadline, "nlp (parsing)", batch -> {
      for (int i : batch) parses[i] = parser.parse(toParse.get(i));
    });
    Map<CoreMap, SemanticGraph> graphs = new IdentityHashMap<>();
    for (int i = 0; i < parses.length; i++) graphs.put(toParse.get(i), parses[i]);
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> ts = tokens.get(i);
      if (ts.isEmpty()) continue;
      SemanticGraph g = graphs.get(sentences.get(i));
      Span span = new Span(ts.get(0).span().start(), ts.get(ts.size() - 1).span().end());
      out.add(new Sentence(out.size(), span, ts, g == null ? List.of() : arcs(g), g != null));
    }
    return out;
  }

  private static void inBatches(String text, List<CoreMap> sentences, Annotator annotator, Deadline deadline, String step) {
    SentenceBatches.run(sentences, deadline, step, batch -> annotator.annotate(part(text, batch)));
  }

  /** An annotation holding only some of a document's sentences (and their tokens), for a sentence annotator. */
  private static Annotation part(String text, List<CoreMap> sentences) {
    Annotation sub = new Annotation(text);
    sub.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
    List<CoreLabel> all = new ArrayList<>();
    for (CoreMap s : sentences) all.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    sub.set(CoreAnnotations.TokensAnnotation.class, all);
    return sub;
  }

  private static List<Token> tokens(CoreMap sentence, int textLength) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> out = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      int b = Math.min(Math.max(l.beginPosition(), 0), textLength);
      int e = Math.min(Math.max(l.endPosition(), b), textLength);
      String ner = l.ner() == null ? "O" : l.ner();
      out.add(new Token(out.size(), new Span(b, e), l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner));
    }
    return out;
  }

  private static List<Dependency> arcs(SemanticGraph g) {
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : g.getRoots()) out.add(new Dependency(-1, root.index() - 1, "root"));
    for (SemanticGraphEdge e : g.edgeListSorted()) {
      // CoreNLP indexes tokens from 1 within the sentence; Sitrep from 0.
      out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    return out;
  }
}
