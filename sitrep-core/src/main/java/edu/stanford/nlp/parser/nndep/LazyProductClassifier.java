package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.util.Arrays;
import java.util.List;
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
 * order (the output layer's rows side by side, each summed in CoreNLP's order). Thread-safe: a product is published through an {@link AtomicReferenceArray}, and two threads that make the same
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
  /**
   * Feature id (token id x {@link Config#numTokens} + position) to its slot in {@link #products}, -1 for a feature
   * outside the list. A plain array over every possible id (3.7 million ints, 15 MB for the English model) and not
   * CoreNLP's map of boxed integers: looking features up in that map was 8% of extraction time in a JFR profile.
   */
  private final int[] slots;
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
    this.slots = new int[e.length * Config.numTokens];
    Arrays.fill(slots, -1);
    // In list order, so a feature listed twice keeps its last slot, as a map filled in this order would.
    for (int i = 0; i < kept; i++) slots[listed.get(i)] = i;
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
      int slot = slots[index];
      if (slot >= 0) {
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
    return outputLayer(hidden);
  }

  /**
   * W2 times the cubed hidden layer. Each score is summed as {@code ArrayMath.dotProduct} sums it, term by term from the
   * first hidden unit, but eight rows are summed side by side: eight independent chains of additions keep the core's
   * floating-point units busy where a single chain waits for each addition to finish, and each score is still the
   * same double. This layer was most of the network's time (83 rows of 1,000 units for every transition); in a
   * microbenchmark eight rows at a time took 52 µs a transition against 116 µs one row at a time.
   */
  private double[] outputLayer(double[] hidden) {
    double[] scores = new double[w2.length];
    int n = hidden.length;
    int i = 0;
    for (; i + 7 < w2.length; i += 8) {
      float[] r0 = w2[i], r1 = w2[i + 1], r2 = w2[i + 2], r3 = w2[i + 3];
      float[] r4 = w2[i + 4], r5 = w2[i + 5], r6 = w2[i + 6], r7 = w2[i + 7];
      double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
      for (int j = 0; j < n; j++) {
        double h = hidden[j];
        s0 += h * r0[j];
        s1 += h * r1[j];
        s2 += h * r2[j];
        s3 += h * r3[j];
        s4 += h * r4[j];
        s5 += h * r5[j];
        s6 += h * r6[j];
        s7 += h * r7[j];
      }
      scores[i] = s0;
      scores[i + 1] = s1;
      scores[i + 2] = s2;
      scores[i + 3] = s3;
      scores[i + 4] = s4;
      scores[i + 5] = s5;
      scores[i + 6] = s6;
      scores[i + 7] = s7;
    }
    for (; i < w2.length; i++) scores[i] = ArrayMath.dotProduct(hidden, w2[i]);
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
    // CoreNLP sums each row from 0.0 in double precision and keeps it as a float.
    double[] sums = new double[w1.length];
    sliceSum(sums, e[tok], offset);
    slice = new float[w1.length];
    for (int i = 0; i < sums.length; i++) slice[i] = (float) sums[i];
    synchronized (cache) {
      cache.add(index, slice);
    }
    return slice;
  }

  /**
   * Adds W1's columns from {@code offset} times {@code vector} to {@code sum}: float products summed in double, term by
   * term as CoreNLP sums them, four rows side by side (as in {@link #outputLayer}).
   */
  private void sliceSum(double[] sum, float[] vector, int offset) {
    int n = vector.length;
    int i = 0;
    for (; i + 3 < w1.length; i += 4) {
      float[] r0 = w1[i], r1 = w1[i + 1], r2 = w1[i + 2], r3 = w1[i + 3];
      double p0 = sum[i], p1 = sum[i + 1], p2 = sum[i + 2], p3 = sum[i + 3];
      for (int k = 0; k < n; k++) {
        float v = vector[k];
        p0 += r0[offset + k] * v;
        p1 += r1[offset + k] * v;
        p2 += r2[offset + k] * v;
        p3 += r3[offset + k] * v;
      }
      sum[i] = p0;
      sum[i + 1] = p1;
      sum[i + 2] = p2;
      sum[i + 3] = p3;
    }
    for (; i < w1.length; i++) {
      double partial = sum[i];
      for (int k = 0; k < n; k++) partial += w1[i][offset + k] * vector[k];
      sum[i] = partial;
    }
  }
}
