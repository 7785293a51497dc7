package org.sitrep.core.time;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * Guesses the tense around a time expression from the nearest verb group of its sentence (Penn tags): "said on
 * Tuesday" is past, "will resume on Friday" future. A reporting verb and its reported clause can differ in tense;
 * the nearest group is usually the one the time expression modifies.
 */
final class TenseDetector {
  private TenseDetector() {}

  static Tense tenseAt(List<Token> tokens, Span span) {
    int first = -1;
    int last = -1;
    for (Token t : tokens) {
      if (t.span().overlaps(span)) {
        if (first < 0) first = t.index();
        last = t.index();
      }
    }
    if (first < 0) return Tense.PRESENT;
    for (int d = 1; d < tokens.size(); d++) {
      for (int i : new int[] {first - d, last + d}) { // left first: "killed on Tuesday" is commoner than "Tuesday's"
        if (i >= 0 && i < tokens.size() && verbal(tokens.get(i))) return groupTense(tokens, i);
      }
    }
    return Tense.PRESENT;
  }

  private static boolean verbal(Token t) { return t.isVerb() || "MD".equals(t.tag()); }

  /** The tense of the verb group (auxiliaries, negation and verbs) around token {@code i}. */
  private static Tense groupTense(List<Token> tokens, int i) {
    int from = i;
    int to = i;
    while (from > 0 && inGroup(tokens.get(from - 1))) from--;
    while (to + 1 < tokens.size() && inGroup(tokens.get(to + 1))) to++;
    boolean past = false;
    for (int k = from; k <= to; k++) {
      Token t = tokens.get(k);
      String word = t.word().toLowerCase(Locale.ROOT);
      if ("MD".equals(t.tag()) && (word.equals("will") || word.equals("shall") || word.equals("'ll") || word.equals("wo"))) {
        return Tense.FUTURE;
      }
      // "is going to strike": going + to
      if (word.equals("going") && k + 1 < tokens.size() && "TO".equals(tokens.get(k + 1).tag())) return Tense.FUTURE;
      if ("VBD".equals(t.tag()) || "VBN".equals(t.tag())) past = true;
    }
    return past ? Tense.PAST : Tense.PRESENT;
  }

  private static boolean inGroup(Token t) {
    return verbal(t) || "RB".equals(t.tag()) && (t.word().equalsIgnoreCase("not") || t.word().equalsIgnoreCase("n't"));
  }
}
