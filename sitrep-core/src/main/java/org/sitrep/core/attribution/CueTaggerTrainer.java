package org.sitrep.core.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * Trains the cue tagger's weights with an averaged perceptron (Collins 2002): sentences are tagged greedily with
 * the current weights, each wrong label moves the weights toward the gold label's features and away from the
 * predicted one's, and the weights written are the average over every step, which generalises better than the
 * last. The order of sentences in each epoch comes from a seeded generator, so the same sentences and seed give
 * the same weights. Not thread-safe: one trainer per training run.
 */
public final class CueTaggerTrainer {
  private static final int LABELS = CueTagger.LABELS.size();

  /** One training sentence: per token, the ids of its fixed features, of its features after each previous label, and its gold label. */
  private record Example(int[][] fixed, int[][][] afterPrevious, int[] gold) {}

  private final CueFeatures features = new CueFeatures(CueLexicon.ofTagger());
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<Integer> seen = new ArrayList<>();
  private final List<Example> examples = new ArrayList<>();
  private int tokens;
  private int cueTokens;

  /** Adds a sentence with the gold cue spans (article offsets) that overlap it; a token inside one is part of a cue. */
  public void add(Sentence s, List<Span> goldCues) {
    List<List<String>> fixed = features.of(s);
    int n = s.tokens().size();
    int[][] f = new int[n][];
    int[][][] prev = new int[n][LABELS][];
    int[] gold = new int[n];
    Span previousCue = null;
    for (int i = 0; i < n; i++) {
      Token t = s.tokens().get(i);
      f[i] = intern(fixed.get(i));
      for (int p = 0; p < LABELS; p++) {
        List<String> after = new ArrayList<>(3);
        CueFeatures.withPrevious(CueTagger.LABELS.get(p), t, after);
        prev[i][p] = intern(after);
      }
      Span cue = null;
      for (Span g : goldCues) if (g.overlaps(t.span())) cue = g;
      gold[i] = cue == null ? 0 : cue.equals(previousCue) ? 2 : 1;
      previousCue = cue;
      tokens++;
      if (cue != null) cueTokens++;
    }
    examples.add(new Example(f, prev, gold));
  }

  private int[] intern(List<String> fs) {
    int[] out = new int[fs.size()];
    for (int k = 0; k < out.length; k++) {
      Integer id = ids.get(fs.get(k));
      if (id == null) {
        id = names.size();
        ids.put(fs.get(k), id);
        names.add(fs.get(k));
        seen.add(0);
      }
      seen.set(id, seen.get(id) + 1);
      out[k] = id;
    }
    return out;
  }

  /** How many sentences, tokens and tokens inside a gold cue were added. */
  public String summary() {
    return String.format(Locale.ROOT, "%d sentences, %d tokens, %d inside a cue, %d features", examples.size(), tokens, cueTokens, names.size());
  }

  /**
   * Trains for {@code epochs} passes and writes the averaged weights as the TSV the tagger loads, after the
   * {@code header} comment lines. Features seen fewer than {@code minCount} times, and weights that round to zero
   * at three decimals, are left out: they are noise and would only make the file larger.
   */
  public void train(int epochs, long seed, int minCount, List<String> header, Appendable out) {
    int size = names.size() * LABELS;
    float[] w = new float[size];
    double[] stepWeighted = new double[size]; // sum of step * update, for the average
    int step = 1;
    Random random = new Random(seed);
    List<Example> order = new ArrayList<>(examples);
    for (int e = 0; e < epochs; e++) {
      Collections.shuffle(order, random);
      for (Example x : order) {
        int previous = 0;
        for (int i = 0; i < x.gold().length; i++) {
          int[] fixed = x.fixed()[i];
          int[] after = x.afterPrevious()[i][previous];
          int guess = best(w, fixed, after, previous);
          // After a predicted O the tagger cannot continue a cue (I never follows O), so a gold I there is
          // learnt as the B that would start one; pushing toward the unreachable I only skewed the weights.
          int gold = reachable(x.gold()[i], previous);
          if (guess != gold) {
            update(w, stepWeighted, fixed, gold, 1, step);
            update(w, stepWeighted, after, gold, 1, step);
            update(w, stepWeighted, fixed, guess, -1, step);
            update(w, stepWeighted, after, guess, -1, step);
          }
          previous = guess;
          step++;
        }
      }
    }
    write(w, stepWeighted, step, minCount, header, out);
  }

  /** The gold label as the tagger can reach it after {@code previous}: I after O becomes B. */
  static int reachable(int gold, int previous) { return gold == 2 && previous == 0 ? 1 : gold; }

  private static int best(float[] w, int[] fixed, int[] after, int previous) {
    float[] score = new float[LABELS];
    for (int id : fixed) for (int k = 0; k < LABELS; k++) score[k] += w[id * LABELS + k];
    for (int id : after) for (int k = 0; k < LABELS; k++) score[k] += w[id * LABELS + k];
    return CueTagger.best(score, previous);
  }

  private static void update(float[] w, double[] stepWeighted, int[] fs, int label, int delta, int step) {
    for (int id : fs) {
      w[id * LABELS + label] += delta;
      stepWeighted[id * LABELS + label] += (double) step * delta;
    }
  }

  private void write(float[] w, double[] stepWeighted, int steps, int minCount, List<String> header, Appendable out) {
    try {
      for (String h : header) out.append("# ").append(h).append('\n');
      out.append("feature");
      for (String l : CueTagger.LABELS) out.append('\t').append(l);
      out.append('\n');
      List<Integer> order = new ArrayList<>();
      for (int id = 0; id < names.size(); id++) order.add(id);
      order.sort((a, b) -> names.get(a).compareTo(names.get(b)));
      for (int id : order) {
        if (seen.get(id) < minCount) continue;
        String[] cells = new String[LABELS];
        boolean any = false;
        for (int k = 0; k < LABELS; k++) {
          // The average of the weight over all steps: w minus the step-weighted updates over the step count.
          double avg = w[id * LABELS + k] - stepWeighted[id * LABELS + k] / (double) steps;
          cells[k] = String.format(Locale.ROOT, "%.3f", avg);
          if (cells[k].equals("-0.000")) cells[k] = "0.000";
          any |= !cells[k].equals("0.000");
        }
        if (!any) continue;
        out.append(names.get(id));
        for (String c : cells) out.append('\t').append(trimZeros(c));
        out.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cue tagger's weights: " + e.getMessage(), e);
    }
  }

  /** "0.500" as "0.5", "0.000" as "0": the file is shipped, so every byte counts. */
  private static String trimZeros(String number) {
    String s = number.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
