package org.sitrep.core.actors;

import java.util.List;
import org.sitrep.core.model.EntityType;
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

  /**
   * As {@link #countryEndingAt(List, int)}, and when no mention ends there, a country name, demonym or organisation
   * ending at {@code end} inside a longer name: NER often takes the affiliation into an organisation ("British
   * Defence" of "British Defence Secretary Tom King", "Ivory Coast's Supreme Court").
   */
  static Mention countryEndingAt(Sentence s, List<Mention> mentions, CountryLexicon countries, int end) {
    Mention m = countryEndingAt(mentions, end);
    if (m != null || end < 0) return m;
    for (int from = Math.max(0, end - 3); from <= end; from++) {
      CountryLexicon.Match hit = countries.match(s.tokens(), from, end + 1);
      if (hit != null && from + hit.length() - 1 == end) {
        return new Mention(from, end, hit.kind() == CountryLexicon.Kind.DEMONYM ? EntityType.NORP : EntityType.GPE,
            hit.country(), hit.kind());
      }
    }
    return null;
  }

  /** A possessive or bare country name, capital, demonym or organisation immediately before token {@code at}, or null. */
  static Mention owner(Sentence s, List<Mention> mentions, CountryLexicon countries, int at) {
    int k = at - 1;
    if (k >= 0 && s.tokens().get(k).tag().equals("POS")) k--;
    return k < 0 ? null : countryEndingAt(s, mentions, countries, k);
  }
}
