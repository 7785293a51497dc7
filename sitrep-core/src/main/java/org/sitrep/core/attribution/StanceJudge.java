package org.sitrep.core.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Token;

/**
 * The stance of a statement: the cue's own ("denied", "accused", "urged") unless the cue is neutral, in which case
 * negated content makes it a denial ("stated that Kyiv does not seek ...") and an intention predicate whose
 * subject is the speaker makes it an intention ("said it plans to ...").
 */
final class StanceJudge {
  static final String RESOURCE = "/sitrep/attribution/content_predicates.tsv";
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  /** What negates a cue verb; "said no" is an answer, not a negated cue. */
  private static final Set<String> CUE_NEGATORS = Set.of("not", "n't", "never");
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "nothing", "none", "neither");
  private static final Set<String> SELF_PRONOUNS = Set.of("i", "we", "he", "she", "it", "they");
  private static final Set<String> AUXILIARIES = Set.of("be", "do", "have", "will", "would", "shall", "should", "can", "could", "may", "might", "must");

  private final Map<String, Stance> contentPredicates;

  StanceJudge() {
    Map<String, Stance> m = new HashMap<>();
    for (ResourceLines.Row row : ResourceLines.readTsv(RESOURCE)) {
      try {
        m.put(row.get("lemma").toLowerCase(Locale.ROOT), Stance.valueOf(row.get("stance").toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw row.line().error("'" + row.get("stance") + "' is not a Stance label");
      }
    }
    contentPredicates = Map.copyOf(m);
  }

  Stance judge(Draft d, List<Sentence> sentences, Actor speaker) {
    // "did not confirm the loss", "could not say when": a negated cue takes no side, whatever the cue's own stance
    if (cueNegated(sentences.get(d.sentence()), d.cue())) return Stance.DECLINE;
    Stance base = d.entry().stance();
    if (base != Stance.ASSERT) return base;
    Stance intent = null;
    for (Span c : d.content()) {
      Sentence s = sentenceOf(sentences, c, d.sentence());
      List<Integer> tokens = TokenRanges.inside(s, c);
      if (tokens.isEmpty()) continue;
      if (negated(s, tokens)) return Stance.DENY;
      Integer main = s.parsed() ? mainPredicate(s, tokens) : null;
      if (main != null && intent == null && contentPredicates.containsKey(s.tokens().get(main).lemma().toLowerCase(Locale.ROOT))
          && subjectIsSpeaker(s, main, speaker)) {
        intent = contentPredicates.get(s.tokens().get(main).lemma().toLowerCase(Locale.ROOT));
      }
    }
    return intent != null ? intent : base;
  }

  /**
   * Whether the cue verb is negated: a "not", "n't" or "never" dependent in the parse, else one of them among the two
   * tokens before the cue ("did not confirm", "has never denied").
   */
  static boolean cueNegated(Sentence s, Span cue) {
    int head = s.tokenAt(cue.start());
    if (head < 0) return false;
    if (s.parsed()) {
      for (int t = head; t < s.tokens().size() && s.tokens().get(t).span().end() <= cue.end(); t++) {
        for (Dependency d : s.children(t)) {
          if ((d.relation().equals("advmod") || d.relation().equals("neg"))
              && CUE_NEGATORS.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) return true;
        }
      }
      return false;
    }
    for (int t = Math.max(0, head - 2); t < head; t++) {
      if (CUE_NEGATORS.contains(s.tokens().get(t).word().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** Whether the clause made of {@code tokens} is negated: "does not seek", "is not pursuing", "there is no plan". */
  boolean negated(Sentence s, List<Integer> tokens) {
    if (thereIsNo(s, tokens)) return true;
    if (s.parsed()) {
      Integer main = mainPredicate(s, tokens);
      if (main != null) return negatedPredicate(s, main);
    }
    return negatedVerbGroup(s, tokens);
  }

  private static boolean negatedPredicate(Sentence s, int main) {
    for (Dependency d : s.children(main)) {
      Token c = s.tokens().get(d.dependent());
      String w = c.word().toLowerCase(Locale.ROOT);
      if ((d.relation().equals("advmod") || d.relation().equals("neg")) && NEGATORS.contains(w)) return true;
      if (d.relation().startsWith("nsubj") || d.relation().equals("obj")) {
        if (NEGATIVE_SUBJECTS.contains(w)) return true;
        for (Dependency dd : s.children(d.dependent())) {
          if (dd.relation().equals("det") && "no".equalsIgnoreCase(s.tokens().get(dd.dependent()).word())) return true;
        }
      }
    }
    return false;
  }

  /** The clause's main predicate: the first token whose governor lies outside the clause, skipping markers. */
  static Integer mainPredicate(Sentence s, List<Integer> tokens) {
    for (int t : tokens) {
      Dependency h = s.head(t);
      if (h == null) continue;
      if (Set.of("mark", "punct", "cc", "dep").contains(h.relation()) && !s.tokens().get(t).isVerb()) continue;
      if (h.governor() < 0 || !tokens.contains(h.governor())) return t;
    }
    return null;
  }

  /** "there is no intention", "there will be no talks". */
  private static boolean thereIsNo(Sentence s, List<Integer> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (!"EX".equals(s.tokens().get(tokens.get(k)).tag())) continue;
      for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
        String w = s.tokens().get(tokens.get(j)).word().toLowerCase(Locale.ROOT);
        if (w.equals("no") || w.equals("not") || w.equals("n't") || w.equals("never")) return true;
      }
      return false;
    }
    return false;
  }

  /** Without a parse: a negator inside the first verb group ("does not seek", "will never accept"). */
  private static boolean negatedVerbGroup(Sentence s, List<Integer> tokens) {
    boolean inGroup = false;
    for (int t : tokens) {
      Token tok = s.tokens().get(t);
      String w = tok.word().toLowerCase(Locale.ROOT);
      if (inGroup && NEGATORS.contains(w)) return true;
      if (tok.isVerb() || "MD".equals(tok.tag())) {
        if (inGroup && !AUXILIARIES.contains(tok.lemma().toLowerCase(Locale.ROOT))) return false;
        inGroup = true;
        if (!AUXILIARIES.contains(tok.lemma().toLowerCase(Locale.ROOT))) return false;
      }
    }
    return false;
  }

  private static boolean subjectIsSpeaker(Sentence s, int main, Actor speaker) {
    for (Dependency d : s.children(main)) {
      if (!d.relation().equals("nsubj")) continue;
      Token subj = s.tokens().get(d.dependent());
      String w = subj.word().toLowerCase(Locale.ROOT);
      if (SELF_PRONOUNS.contains(w)) return true;
      return speaker != null && (speaker.name().contains(subj.word()) || (speaker.text() != null && speaker.text().contains(subj.word())));
    }
    return false;
  }

  private static Sentence sentenceOf(List<Sentence> sentences, Span c, int fallback) {
    for (Sentence s : sentences) if (s.span().contains(c.start())) return s;
    return sentences.get(fallback);
  }
}
