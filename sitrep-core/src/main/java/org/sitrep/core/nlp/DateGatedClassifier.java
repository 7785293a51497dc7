package org.sitrep.core.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.sequences.DocumentReaderAndWriter;
import edu.stanford.nlp.util.CoreMap;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's MUC model (the 7-class CRF: DATE, TIME, MONEY, PERCENT beside names), shown only the sentences that may
 * hold a date, time, amount or share ({@link NerGate#mayHoldDateOrAmount}); every other sentence gets "O" from it
 * without running it. CoreNLP's NER combiner takes from the MUC model only those four labels, and only where the
 * 3-class model tagged nothing, so a sentence in which the MUC model would tag none of them gets the same tags either
 * way; on the others the model runs as before. About a quarter of NER time is the MUC model's, and most sentences
 * NER runs on name someone and hold no date.
 *
 * <p>{@link #install} puts it in place of the MUC model inside a loaded {@link NERCombinerAnnotator}. CoreNLP offers
 * no way to hand an annotator a combiner built from already loaded models (the constructor that takes one turns off
 * NER-specific tokenisation, which the properties constructor turns on, and so tags differently), so the model list is
 * reached by reflection; CoreNLP's version is pinned, and a version without those fields fails at start-up, naming
 * them. Stateless and thread-safe, as the model it wraps.
 */
final class DateGatedClassifier extends AbstractSequenceClassifier<CoreLabel> {
  /** The labels the MUC model adds to the 3-class model's; a model without them is not the MUC model. */
  private static final Set<String> DATE_LABELS = Set.of("DATE", "TIME", "MONEY", "PERCENT");

  private final AbstractSequenceClassifier<CoreLabel> muc;
  private final NerGate gate;

  private DateGatedClassifier(AbstractSequenceClassifier<CoreLabel> muc, NerGate gate) {
    // Default flags, not the model's: the model's would make the superclass load its word-cluster lexicon again.
    super(new Properties());
    this.muc = muc;
    this.gate = gate;
  }

  /** Replaces the MUC model among {@code ner}'s models with a gated one; the other models stay as loaded. */
  static void install(NERCombinerAnnotator ner, NerGate gate) {
    List<AbstractSequenceClassifier<CoreLabel>> models = models(combiner(ner));
    int found = -1;
    for (int i = 0; i < models.size(); i++) if (models.get(i).labels().containsAll(DATE_LABELS)) found = i;
    if (found < 0) throw new IllegalStateException("CoreNLP's NER has no model tagging " + DATE_LABELS);
    models.set(found, new DateGatedClassifier(models.get(found), gate));
  }

  @Override
  public List<CoreLabel> classifySentence(List<? extends HasWord> sentence) {
    if (gate.mayHoldDateOrAmount(sentence)) return muc.classifySentence(sentence);
    // The combiner reads only each token's answer from a later model's output.
    List<CoreLabel> out = new ArrayList<>(sentence.size());
    for (int i = 0; i < sentence.size(); i++) {
      CoreLabel l = new CoreLabel();
      l.set(CoreAnnotations.AnswerAnnotation.class, muc.flags.backgroundSymbol);
      out.add(l);
    }
    return out;
  }

  @Override
  public Set<String> labels() { return muc.labels(); }

  @Override
  public List<CoreLabel> classify(List<CoreLabel> document) { return muc.classify(document); }

  @Override
  public List<CoreLabel> classifyWithGlobalInformation(List<CoreLabel> tokens, CoreMap document, CoreMap sentence) {
    return muc.classifyWithGlobalInformation(tokens, document, sentence);
  }

  @Override
  public void train(Collection<List<CoreLabel>> docs, DocumentReaderAndWriter<CoreLabel> readerAndWriter) {
    throw new UnsupportedOperationException("a gated model is not trained");
  }

  @Override
  public void serializeClassifier(String serializePath) {
    throw new UnsupportedOperationException("a gated model is not serialised");
  }

  @Override
  public void serializeClassifier(ObjectOutputStream oos) {
    throw new UnsupportedOperationException("a gated model is not serialised");
  }

  @Override
  public void loadClassifier(ObjectInputStream in, Properties props) {
    throw new UnsupportedOperationException("a gated model is not loaded");
  }

  private static NERClassifierCombiner combiner(NERCombinerAnnotator ner) {
    return (NERClassifierCombiner) read(NERCombinerAnnotator.class, "ner", ner);
  }

  @SuppressWarnings("unchecked")
  private static List<AbstractSequenceClassifier<CoreLabel>> models(NERClassifierCombiner combiner) {
    return (List<AbstractSequenceClassifier<CoreLabel>>) read(ClassifierCombiner.class, "baseClassifiers", combiner);
  }

  private static Object read(Class<?> owner, String field, Object from) {
    try {
      Field f = owner.getDeclaredField(field);
      f.setAccessible(true);
      return f.get(from);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot reach " + owner.getSimpleName() + "." + field
          + " in this CoreNLP version, which the MUC model's gate needs", e);
    }
  }
}
