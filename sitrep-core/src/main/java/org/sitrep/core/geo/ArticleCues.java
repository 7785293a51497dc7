package org.sitrep.core.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * What the whole article says about its names before any is resolved, read in one pass over its tokens (the geo
 * stage's per-token cost is mostly walking the tokens, so each is visited once): the last words of people named in
 * full, and the countries its demonyms point to.
 */
record ArticleCues(Set<String> surnames, Map<String, Integer> demonymCountries) {

  static ArticleCues of(List<Sentence> sentences, Gazetteer gazetteer) {
    Set<String> surnames = new HashSet<>();
    Map<String, Integer> demonyms = new HashMap<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      int personRun = 0; // PERSON-tagged tokens ending at the previous one
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        boolean person = "PERSON".equals(t.ner());
        // "Amanda Fairfield": two or more PERSON words; the article's later bare "Fairfield" is most likely her.
        if (!person && personRun >= 2) surnames.add(Gazetteer.key(tokens.get(i - 1).word()));
        personRun = person ? personRun + 1 : 0;
        String cc = gazetteer.demonymCountry(t.word());
        if (cc != null) demonyms.merge(cc, 1, Integer::sum);
      }
      if (personRun >= 2) surnames.add(Gazetteer.key(tokens.get(tokens.size() - 1).word()));
    }
    return new ArticleCues(surnames, demonyms);
  }

  /** The countries the article's demonyms point to, without reading its people (for spans found elsewhere). */
  static Map<String, Integer> demonymCountries(List<Sentence> sentences, Gazetteer gazetteer) {
    Map<String, Integer> out = new HashMap<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        String cc = gazetteer.demonymCountry(t.word());
        if (cc != null) out.merge(cc, 1, Integer::sum);
      }
    }
    return out;
  }
}
