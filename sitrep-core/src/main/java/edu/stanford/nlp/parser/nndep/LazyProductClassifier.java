package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's parser network ({@link Classifier}) with its pre-computed hidden-layer products made the first time a
 * feature is seen, instead of all of them when the model loads. CoreNLP multiplies out the first
 * {@code numPreComputed} features its model file lists (20,000 by default, 1,000 doubles each) before the first parse;
 * one article uses a few thousand of them, so loading paid for products most runs never read.
 *
 * <p>Scores are bit for bit CoreNLP's, so parses do not change: a listed feature's product is summed in double
 * precision into a zeroed array exactly as {@code Classifier.preCompute} does and kept for good; any other feature
 * goes through a least-recently-used cache of single-precision products, or straight into the sum when
 * {@code numCached} is 0, as {@code Classifier.computeScores} does; bias, cube and output layer follow in the same
 * order. Thread-safe: a product is published through an {@link AtomicReferenceArray}, and two threads that make the same
 * one at once make equal arrays, of which the first stored is kept.
 *
 * <p>It lives in CoreNLP's package because {@code computeScores} is package-private there, and it overrides it only
 * when both classes come from one class loader (one runtime package), which the constructor checks.
 */
final class LazyProductClassifier extends Classifier {
  private final float[][] w1;
  private final float[][] e;
  private final float[] b1;
  private final float[][] w2;
  private final int embeddingSize;
  /** Feature id (token id x {@link Config#numTokens} + position) to its slot in {@link #products}. */
  private final Map<Integer, Integer> slots;
  private final AtomicReferenceArray<double[]> products;
  /** Single-precision products of features outside the list; null when CoreNLP's {@code numCached} is 0. */
  private final LeastRecentlyUsedCache<Integer, float[]> cache;

  /**
   * The network of {@code loaded} (weights shared, not copied); {@code listed} is the model file's list of features to
   * pre-compute, of which the first {@code config.numPreComputed} are kept as CoreNLP keeps them.
   */
  LazyProductClassifier(Config config, Classifier loaded, List<Integer> listed) {
    super(config, loaded.getE(), loaded.getW1(), loaded.getb1(), loaded.getW2(), List.of());
    if (LazyProductClassifier.class.getClassLoader() != Classifier.class.getClassLoader()) {
      throw new IllegalStateException("LazyProductClassifier and CoreNLP's Classifier come from different class loaders,"
          + " so computeScores would not be overridden; put sitrep-core and CoreNLP on one class path");
    }
    this.w1 = loaded.getW1();
    this.e = loaded.getE();
    this.b1 = loaded.getb1();
    this.w2 = loaded.getW2();
    this.embeddingSize = e[0].length;
    int kept = Math.min(listed.size(), config.numPreComputed);
    this.slots = new HashMap<>(kept * 2);
    for (int i = 0; i < kept; i++) slots.put(listed.get(i), i);
    this.products = new AtomicReferenceArray<>(kept);
    this.cache = config.numCached == 0 ? null : new LeastRecentlyUsedCache<>(config.numCached);
  }

  /** How many listed features have their product made so far. */
  int productsMade() {
    int n = 0;
    for (int i = 0; i < products.length(); i++) if (products.get(i) != null) n++;
    return n;
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] hidden = new double[w1.length];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * Config.numTokens + j;
      Integer slot = slots.get(index);
      if (slot != null) {
        ArrayMath.pairwiseAddInPlace(hidden, product(slot, tok, offset));
      } else if (cache == null) {
        sliceSum(hidden, e[tok], offset);
      } else {
        ArrayMath.pairwiseAddInPlace(hidden, cachedSlice(index, tok, offset));
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = new double[w2.length];
    for (int i = 0; i < w2.length; i++) scores[i] = ArrayMath.dotProduct(hidden, w2[i]);
    return scores;
  }

  private double[] product(int slot, int tok, int offset) {
    double[] made = products.get(slot);
    if (made != null) return made;
    made = new double[w1.length];
    sliceSum(made, e[tok], offset);
    return products.compareAndSet(slot, null, made) ? made : products.get(slot);
  }

  private float[] cachedSlice(int index, int tok, int offset) {
    float[] slice;
    synchronized (cache) {
      slice = cache.getOrDefault(index, null);
    }
    if (slice != null) return slice;
    float[] vector = e[tok];
    slice = new float[w1.length];
    for (int i = 0; i < w1.length; i++) {
      double partial = 0.0;
      for (int k = 0; k < vector.length; k++) partial += w1[i][offset + k] * vector[k];
      slice[i] = (float) partial;
    }
    synchronized (cache) {
      cache.add(index, slice);
    }
    return slice;
  }

  /** Adds W1's columns from {@code offset} times {@code vector} to {@code sum}: float products summed in double. */
  private void sliceSum(double[] sum, float[] vector, int offset) {
    for (int i = 0; i < w1.length; i++) {
      double partial = sum[i];
      for (int k = 0; k < vector.length; k++) partial += w1[i][offset + k] * vector[k];
      sum[i] = partial;
    }
  }
}
