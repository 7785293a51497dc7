package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The lazy classifier against CoreNLP's own, on a small random network: every score must be the same double, bit for
 * bit, whether a feature's product is pre-computed, cached or summed directly.
 */
class LazyProductClassifierTest {
  private static final int TOKENS = 40;
  private static final int EMBEDDING = 3;
  private static final int HIDDEN = 9;
  /** Two blocks of the eight output rows summed side by side, and three rows summed alone. */
  private static final int LABELS = 19;

  private final Random random = new Random(7);
  private final float[][] e = matrix(TOKENS, EMBEDDING);
  private final float[][] w1 = matrix(HIDDEN, EMBEDDING * Config.numTokens);
  private final float[] b1 = matrix(1, HIDDEN)[0];
  private final float[][] w2 = matrix(LABELS, HIDDEN);
  /** Features to pre-compute, as a model file lists them: more than numPreComputed, so the tail is left to the cache. */
  private final List<Integer> listed = listedFeatures(300);

  @Test
  void scoresEqualCoreNlpsWithAnEvictingCache() {
    assertSameScores(config(200, 16));
  }

  @Test
  void scoresEqualCoreNlpsWithoutACache() {
    assertSameScores(config(200, 0));
  }

  @Test
  void makesProductsOnlyForFeaturesSeen() {
    Config config = config(200, 16);
    LazyProductClassifier lazy = new LazyProductClassifier(config, stock(config), listed);
    assertEquals(0, lazy.productsMade());
    // One token at every position: the listed feature among them gets its product, at most 48 are made of 200.
    int[] feature = new int[Config.numTokens];
    java.util.Arrays.fill(feature, listed.get(0) / Config.numTokens);
    lazy.computeScores(feature);
    assertTrue(lazy.productsMade() >= 1 && lazy.productsMade() <= Config.numTokens, "made " + lazy.productsMade());
  }

  @Test
  void twoThreadsGetCoreNlpsScores() throws Exception {
    Config config = config(200, 16);
    Classifier stock = stock(config);
    stock.preCompute();
    LazyProductClassifier lazy = new LazyProductClassifier(config, stock, listed);
    List<int[]> features = features(400);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<double[]>>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit(() -> {
          List<double[]> out = new ArrayList<>();
          for (int[] f : features) out.add(lazy.computeScores(f));
          return out;
        }));
      }
      for (Future<List<double[]>> run : runs) {
        List<double[]> got = run.get();
        for (int i = 0; i < features.size(); i++) assertArrayEquals(stock.computeScores(features.get(i)), got.get(i), 0.0);
      }
    } finally {
      pool.shutdown();
    }
  }

  private void assertSameScores(Config config) {
    Classifier stock = stock(config);
    stock.preCompute();
    LazyProductClassifier lazy = new LazyProductClassifier(config, stock, listed);
    // Twice over the same features: the second pass reads products and cache entries made by the first.
    List<int[]> features = features(300);
    for (int pass = 0; pass < 2; pass++) {
      for (int[] f : features) assertArrayEquals(stock.computeScores(f), lazy.computeScores(f), 0.0);
    }
  }

  private Classifier stock(Config config) {
    return new Classifier(config, e, w1, b1, w2, listed);
  }

  private static Config config(int preComputed, int cached) {
    Properties p = new Properties();
    p.setProperty("numPreComputed", Integer.toString(preComputed));
    p.setProperty("numCached", Integer.toString(cached));
    Config config = new Config(p);
    config.hiddenSize = HIDDEN;
    config.embeddingSize = EMBEDDING;
    return config;
  }

  /** Feature vectors whose tokens are often listed ones, so all three paths are taken. */
  private List<int[]> features(int n) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] f = new int[Config.numTokens];
      for (int j = 0; j < f.length; j++) f[j] = random.nextInt(TOKENS);
      out.add(f);
    }
    return out;
  }

  private List<Integer> listedFeatures(int n) {
    List<Integer> out = new ArrayList<>();
    for (int tok = 0; tok < TOKENS && out.size() < n; tok++) {
      for (int pos = 0; pos < Config.numTokens && out.size() < n; pos++) {
        if (random.nextInt(3) > 0) out.add(tok * Config.numTokens + pos);
      }
    }
    return out;
  }

  private float[][] matrix(int rows, int cols) {
    float[][] m = new float[rows][cols];
    for (float[] row : m) for (int j = 0; j < cols; j++) row[j] = (float) (random.nextGaussian() * 0.5);
    return m;
  }
}
