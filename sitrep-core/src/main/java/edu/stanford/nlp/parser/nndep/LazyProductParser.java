package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * Loads CoreNLP's neural dependency parser with a {@link LazyProductClassifier}: the model is read as CoreNLP reads
 * it, its pre-computation is switched off ({@code numPreComputed=0}, so the network's 20,000 listed products are not
 * made at load), and the classifier is swapped for one that makes each listed product the first time a parse needs
 * it. Parses are the same as those of {@code DependencyParser.loadFromModelFile(model, props)}.
 *
 * <p>CoreNLP offers no way to hand its parser another classifier, so the swap sets the parser's private
 * {@code classifier} field and reads its private {@code preComputed} list by reflection (CoreNLP sits on the class
 * path, in no named module). The parser is built directly, not through CoreNLP's static parser cache, so no other
 * user of the cache gets the swapped classifier.
 */
public final class LazyProductParser {
  private LazyProductParser() {}

  /** The parser of {@code model} (a class path resource or file) with CoreNLP's {@code props} for parsing. */
  public static DependencyParser load(String model, Properties props) {
    Config stock = new Config(props);
    Properties deferred = new Properties();
    deferred.putAll(props);
    deferred.setProperty("numPreComputed", "0");
    DependencyParser parser = new DependencyParser(deferred);
    parser.loadModelFile(model, false);
    Classifier loaded = (Classifier) read(parser, "classifier");
    @SuppressWarnings("unchecked")
    List<Integer> listed = (List<Integer>) read(parser, "preComputed");
    write(parser, "classifier", new LazyProductClassifier(stock, loaded, listed));
    return parser;
  }

  private static Object read(DependencyParser parser, String name) {
    try {
      return field(name).get(parser);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read CoreNLP's DependencyParser." + name, e);
    }
  }

  private static void write(DependencyParser parser, String name, Object value) {
    try {
      field(name).set(parser, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set CoreNLP's DependencyParser." + name, e);
    }
  }

  private static Field field(String name) {
    try {
      Field f = DependencyParser.class.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("CoreNLP's DependencyParser has no field " + name + " (another CoreNLP version?)", e);
    }
  }
}
