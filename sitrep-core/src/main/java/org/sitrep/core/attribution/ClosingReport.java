package org.sitrep.core.attribution;

import java.util.Set;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * The wire-report ending "..., regional governor Oleksandr Prokudin said on Tuesday." read from the words rather than
 * the parse. After a long report ("killing two civilians and wounding seven others, ...") CoreNLP often hangs the
 * speaker on the last noun as an apposition and the cue on anything, so the cue has no subject and the rules would
 * lend it the subject of the report's own verb. When a finite cue closes its sentence (only its own modifiers,
 * punctuation or an "as" clause after it) and the words between it and the comma before are one noun phrase, that
 * phrase is the speaker, and the report before the comma is what was said ({@link CueExtent#reportedBefore}).
 */
final class ClosingReport {
  private ClosingReport() {}

  /** Tags a speaker phrase between the comma and the cue may hold: "the", "regional", "Ukraine's", "of", "and". */
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
      "POS", "PRP", "CD", "HYPH", "IN", "CC", "VBN");
  /** What the cue may carry after it and still close the sentence: "said on Friday", "said late Monday", "wrote on Telegram". */
  private static final Set<String> CLOSING_RELATIONS = Set.of("obl", "obl:tmod", "obl:npmod", "advmod", "punct", "compound:prt");

  /**
   * The speaker's head token for the cue at {@code cue} (its first token {@code groupStart}, auxiliaries included)
   * when the cue closes a report this way; -1 otherwise.
   */
  static int speakerHead(Sentence s, int cue, int groupStart) {
    return headOf(s, phraseStart(s, cue, groupStart), groupStart);
  }

  /** The head of the speaker phrase starting at {@code first} ({@link #phraseStart}; -1 for none), or -1. */
  static int headOf(Sentence s, int first, int groupStart) {
    if (first < 0) return -1;
    int last = groupStart - 1;
    // its head: the first noun or pronoun the parse hangs outside the phrase
    for (int k = first; k <= last; k++) {
      Token w = s.tokens().get(k);
      Dependency h = s.head(k);
      boolean outside = h == null || h.governor() < first || h.governor() > last;
      if (outside && (w.isNoun() || w.isPronoun())) return k;
    }
    return last;
  }

  /**
   * The first token of the speaker phrase between the comma and the cue at {@code cue} when the cue closes a report
   * this way; -1 otherwise. The phrase runs to {@code groupStart - 1} and may be coordinated ("activists and a local
   * resistance committee said"), which the parser seldom builds as one phrase there.
   */
  static int phraseStart(Sentence s, int cue, int groupStart) {
    Token t = s.tokens().get(cue);
    if (!Set.of("VBD", "VBZ", "VBP").contains(t.tag()) || !closesSentence(s, cue)) return -1;
    int from = groupStart - 1;
    while (from >= 0 && PHRASE_TAGS.contains(s.tokens().get(from).tag())) from--;
    if (from < 1 || from == groupStart - 1 || !",".equals(s.tokens().get(from).word())) return -1;
    int first = from + 1, last = groupStart - 1;
    Token opening = s.tokens().get(first), closing = s.tokens().get(last);
    // the phrase neither starts nor ends on a joining word ("and the ministry", "the head of")
    if (Set.of("IN", "CC", "HYPH", "POS").contains(opening.tag()) || !(closing.isNoun() || closing.isPronoun())) return -1;
    return first;
  }

  /** Whether only the cue's own modifiers, punctuation or a closing "as" clause follow it. */
  private static boolean closesSentence(Sentence s, int cue) {
    for (int k = cue + 1; k < s.tokens().size(); k++) {
      if (TokenRanges.isPunct(s.tokens().get(k))) continue;
      if (CueExtent.opensAsClause(s, k)) return true;
      if (!hangsOn(s, k, cue)) return false;
    }
    return true;
  }

  /** Whether token {@code k} lies under a closing modifier of the cue ("on" and "Tuesday" under "said"). */
  private static boolean hangsOn(Sentence s, int k, int cue) {
    int cur = k;
    for (int guard = 0; guard < s.tokens().size(); guard++) {
      Dependency h = s.head(cur);
      if (h == null || h.governor() < 0) return false;
      if (h.governor() == cue) return CLOSING_RELATIONS.contains(h.relation());
      cur = h.governor();
    }
    return false;
  }
}
