package org.sitrep.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise clustering accuracy over labelled articles. Two articles are a gold pair when their labels are equal (they
 * report the same event); a predicted pair when some event of one shares a store cluster with some event of the
 * other. Precision is the share of predicted pairs that are gold, recall the share of gold pairs predicted;
 * {@code falseLinks} are the predicted pairs that are not gold, for error analysis.
 */
public record ClusteringScore(int articles, long goldPairs, long predictedPairs, long correctPairs,
    List<List<String>> falseLinks) {
  public ClusteringScore {
    falseLinks = List.copyOf(falseLinks);
  }

  /** Scores the articles that have a label; an article missing from {@code clusters} is in no cluster. */
  public static ClusteringScore of(Map<String, String> labels, Map<String, Set<Long>> clusters) {
    List<String> ids = new ArrayList<>(labels.keySet());
    long gold = 0;
    long predicted = 0;
    long correct = 0;
    List<List<String>> falseLinks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean g = labels.get(ids.get(i)).equals(labels.get(ids.get(j)));
        boolean p = share(clusters.getOrDefault(ids.get(i), Set.of()), clusters.getOrDefault(ids.get(j), Set.of()));
        if (g) gold++;
        if (p) predicted++;
        if (g && p) correct++;
        if (p && !g) falseLinks.add(List.of(ids.get(i), ids.get(j)));
      }
    }
    return new ClusteringScore(ids.size(), gold, predicted, correct, falseLinks);
  }

  private static boolean share(Set<Long> a, Set<Long> b) {
    for (Long c : a) if (b.contains(c)) return true;
    return false;
  }

  /** 0 when nothing was predicted. */
  public double precision() { return predictedPairs == 0 ? 0 : (double) correctPairs / predictedPairs; }

  /** 0 when there are no gold pairs. */
  public double recall() { return goldPairs == 0 ? 0 : (double) correctPairs / goldPairs; }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
