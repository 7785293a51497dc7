package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/** Turns token sets of one sentence into trimmed article spans. */
final class TokenRanges {
  private TokenRanges() {}

  private static final Set<String> EDGE_TAGS = Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "CC");

  static boolean isPunct(Token t) {
    return Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH").contains(t.tag());
  }

  static boolean isQuote(Token t) { return "``".equals(t.tag()) || "''".equals(t.tag()); }

  /** The span from the first to the last of {@code tokens} with punctuation and conjunctions trimmed at both edges; null when nothing is left. */
  static Span trimmed(Sentence s, int from, int to) {
    while (from <= to && EDGE_TAGS.contains(s.tokens().get(from).tag())) from++;
    while (to >= from && EDGE_TAGS.contains(s.tokens().get(to).tag()) && !closesBracket(s, from, to)) to--;
    return from > to ? null : s.spanOf(from, to);
  }

  /** Whether token {@code to} closes a bracket opened within {@code from..to}: "Sen. Ann Lee (D-Ore.)" keeps its ")". */
  private static boolean closesBracket(Sentence s, int from, int to) {
    if (!"-RRB-".equals(s.tokens().get(to).tag())) return false;
    int open = 0;
    for (int k = from; k < to; k++) {
      String tag = s.tokens().get(k).tag();
      if ("-LRB-".equals(tag)) open++;
      else if ("-RRB-".equals(tag) && open > 0) open--;
    }
    return open > 0;
  }

  /** Contiguous runs of the given token indices, each trimmed; empty runs dropped. */
  static List<Span> runs(Sentence s, Collection<Integer> tokens) {
    List<Integer> sorted = new ArrayList<>(tokens);
    sorted.sort(Integer::compare);
    List<Span> out = new ArrayList<>();
    int start = -1, prev = -2;
    for (int t : sorted) {
      if (t != prev + 1) {
        if (start >= 0) add(out, trimmed(s, start, prev));
        start = t;
      }
      prev = t;
    }
    if (start >= 0) add(out, trimmed(s, start, prev));
    return out;
  }

  private static void add(List<Span> out, Span s) { if (s != null) out.add(s); }

  /** Token indices of {@code s} whose spans lie inside {@code span}. */
  static List<Integer> inside(Sentence s, Span span) {
    List<Integer> out = new ArrayList<>();
    for (Token t : s.tokens()) if (span.contains(t.span())) out.add(t.index());
    return out;
  }
}
