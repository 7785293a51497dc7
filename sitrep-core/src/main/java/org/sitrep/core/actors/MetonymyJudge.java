package org.sitrep.core.actors;

import java.util.List;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * Decides whether a country or capital name stands for its government ("Kyiv confirmed", "relations with Moscow",
 * "Kyiv's vision") or names the place ("in Moscow", "the Moscow area"). Uses the dependency arcs when the sentence
 * was parsed, the neighbouring tokens otherwise; with no cue either way the name is a place.
 */
final class MetonymyJudge {
  private final MetonymyCues cues;

  MetonymyJudge(MetonymyCues cues) {
    this.cues = cues;
  }

  boolean standsForGovernment(Sentence s, Mention m) {
    List<Token> tokens = s.tokens();
    if (m.to() + 1 < tokens.size() && cue(MetonymyCues.Cue.PLACE_HEAD, tokens.get(m.to() + 1))) return false;
    if (m.from() > 0 && cue(MetonymyCues.Cue.PLACE_PREP, tokens.get(m.from() - 1))) return false;
    return s.parsed() ? byArcs(s, m.to(), 0) : byTokens(s, m);
  }

  private boolean byArcs(Sentence s, int head, int depth) {
    Dependency arc = s.head(head);
    if (arc == null || arc.governor() < 0 || depth > 3) return false;
    Token gov = s.tokens().get(arc.governor());
    switch (arc.relation()) {
      case "nsubj":
        // "Kyiv wants", "Kyiv confirmed"; but "Kyiv is the capital" (a copula) says what the place is.
        return gov.isVerb() && s.children(arc.governor()).stream().noneMatch(d -> d.relation().equals("cop"));
      case "nmod:poss":
        return !cue(MetonymyCues.Cue.POSS_PLACE, gov);
      case "obj":
      case "iobj":
        return cue(MetonymyCues.Cue.OBJECT_VERB, gov);
      case "nmod":
      case "obl":
        return cue(MetonymyCues.Cue.RELATION, gov) && !hasPlacePreposition(s, head);
      case "conj":
        // "Kyiv and Moscow signed": the second conjunct shares the first one's role.
        return byArcs(s, arc.governor(), depth + 1);
      default:
        return false;
    }
  }

  private boolean hasPlacePreposition(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("case") && cue(MetonymyCues.Cue.PLACE_PREP, s.tokens().get(d.dependent()))) return true;
    }
    return false;
  }

  private boolean byTokens(Sentence s, Mention m) {
    List<Token> t = s.tokens();
    int next = m.to() + 1;
    int prev = m.from() - 1;
    if (next < t.size() && t.get(next).tag().equals("POS")) {
      int noun = next + 1;
      while (noun + 1 < t.size() && (t.get(noun).tag().startsWith("JJ") || t.get(noun).isNoun()) && t.get(noun + 1).isNoun()) noun++;
      return noun < t.size() && t.get(noun).isNoun() && !cue(MetonymyCues.Cue.POSS_PLACE, t.get(noun));
    }
    if (next < t.size() && isFiniteVerb(t.get(next)) && (prev < 0 || !t.get(prev).tag().equals("IN"))) {
      return !isPassiveOrCopula(t, next);
    }
    if (prev >= 1 && (t.get(prev).lemma().equals("with") || t.get(prev).lemma().equals("between"))
        && cue(MetonymyCues.Cue.RELATION, t.get(prev - 1))) {
      return true;
    }
    return prev >= 0 && t.get(prev).isVerb() && cue(MetonymyCues.Cue.OBJECT_VERB, t.get(prev));
  }

  private static boolean isFiniteVerb(Token t) {
    return t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP") || t.tag().equals("MD");
  }

  // "Kyiv was shelled", "Kyiv is a city": the name undergoes or is described, it does not act.
  private static boolean isPassiveOrCopula(List<Token> t, int verb) {
    if (!t.get(verb).lemma().equals("be")) return false;
    int k = verb + 1;
    while (k < t.size() && t.get(k).tag().startsWith("RB")) k++;
    return k >= t.size() || !t.get(k).tag().equals("VBG");
  }

  private boolean cue(MetonymyCues.Cue cue, Token t) {
    return cues.is(cue, AgentLexicon.norm(t));
  }
}
