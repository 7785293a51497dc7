package org.sitrep.cli.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gold × predicted counts of a single-label classification (one predicted type per record, NONE for no prediction),
 * with per-type precision/recall/F1 and the macro-F1 over the gold types (a type never in the gold set but predicted
 * lowers the precision of nothing and is listed only in the table).
 */
final class TypeConfusion {
  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
  private final Set<String> predictedTypes = new TreeSet<>();

  void add(String gold, String predicted) {
    counts.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    predictedTypes.add(predicted);
  }

  Set<String> goldTypes() {
    return counts.keySet();
  }

  int correct() {
    int n = 0;
    for (var e : counts.entrySet()) n += e.getValue().getOrDefault(e.getKey(), 0);
    return n;
  }

  int goldCount(String type) {
    return counts.getOrDefault(type, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  int predictedCount(String type) {
    int n = 0;
    for (Map<String, Integer> row : counts.values()) n += row.getOrDefault(type, 0);
    return n;
  }

  int cell(String gold, String predicted) {
    return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
  }

  double f1(String type) {
    int tp = cell(type, type), p = predictedCount(type), g = goldCount(type);
    if (tp == 0) return 0;
    double precision = (double) tp / p, recall = (double) tp / g;
    return 2 * precision * recall / (precision + recall);
  }

  double macroF1() {
    if (counts.isEmpty()) return 0;
    double sum = 0;
    for (String type : counts.keySet()) sum += f1(type);
    return sum / counts.size();
  }

  void printPerType(PrintStream out) {
    out.printf(Locale.ROOT, "  %-10s %5s %5s %5s %6s %6s %6s%n", "type", "gold", "pred", "right", "P", "R", "F1");
    for (String type : counts.keySet()) {
      int tp = cell(type, type), p = predictedCount(type), g = goldCount(type);
      out.printf(Locale.ROOT, "  %-10s %5d %5d %5d %6.3f %6.3f %6.3f%n", type, g, p, tp, p == 0 ? 0.0 : (double) tp / p,
          (double) tp / g, f1(type));
    }
  }

  /** The confusion table: one row per gold type, one column per predicted type (abbreviated to 4 letters). */
  void printTable(PrintStream out) {
    out.println("confusion (rows gold, columns predicted):");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-10s", ""));
    for (String p : predictedTypes) head.append(String.format(Locale.ROOT, " %4s", p.substring(0, Math.min(4, p.length()))));
    out.println(head);
    for (String g : counts.keySet()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-10s", g));
      for (String p : predictedTypes) {
        int n = cell(g, p);
        row.append(String.format(Locale.ROOT, " %4s", n == 0 ? "." : Integer.toString(n)));
      }
      out.println(row);
    }
  }
}
