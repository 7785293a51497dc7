package org.sitrep.core.actors;

import java.util.List;
import org.sitrep.core.model.Sentence;

/** Finds the country a title or group belongs to among the sentence's country, capital and demonym mentions. */
final class Affiliation {
  private Affiliation() {}

  /** The country of the first mention with one lying wholly within tokens [from, to], or null. */
  static Mention firstCountryIn(List<Mention> mentions, int from, int to) {
    for (Mention m : mentions) {
      if (m.country() != null && m.kind() != null && m.from() >= from && m.to() <= to) return m;
    }
    return null;
  }

  /** The mention with a country that ends exactly at token {@code end}, or null. */
  static Mention countryEndingAt(List<Mention> mentions, int end) {
    for (Mention m : mentions) if (m.country() != null && m.kind() != null && m.to() == end) return m;
    return null;
  }

  /** A possessive or bare country name, capital or demonym immediately before token {@code at}, or null. */
  static Mention owner(Sentence s, List<Mention> mentions, int at) {
    int k = at - 1;
    if (k >= 0 && s.tokens().get(k).tag().equals("POS")) k--;
    return k < 0 ? null : countryEndingAt(mentions, k);
  }
}
