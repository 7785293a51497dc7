package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * Where a parsed cue and its content begin and end, as attribution corpora such as PolNeAR mark them: the cue takes
 * its particle and the preposition that opens the content, the content gives up what the cue took, an accusation's
 * content starts at the accused, and a reporting clause closing its sentence reports what precedes it.
 */
final class CueExtent {
  private CueExtent() {}

  /**
   * "accused Kyiv of shelling the bridge": what is said is that Kyiv shelled it, so the content runs from the accused
   * object through the phrase saying of what, when the two are adjacent; else the content stays as it is.
   */
  static List<Span> withObject(Sentence s, int obj, List<Span> content) {
    Span o = DependencyCues.pruned(s, obj);
    Span first = content.get(0);
    if (o == null || o.end() > first.start()) return content;
    int afterObj = s.tokenAt(o.end() - 1) + 1;
    if (afterObj >= s.tokens().size() || s.tokens().get(afterObj).span().start() != first.start()) return content;
    List<Span> out = new ArrayList<>(content);
    out.set(0, o.union(first));
    return out;
  }

  /**
   * The last token of the cue: the verb (or phrase) with its particle ("pointed out") and the preposition that opens
   * what was said ("talked about the economy", "referred to the deal"), as PolNeAR marks cues. The preposition joins
   * only when the content starts with it and it marks an oblique of the cue, so "said at a rally that ..." keeps "said".
   */
  static int cueEnd(Sentence s, int i, int last, List<Span> content) {
    int k = last;
    while (k + 1 < s.tokens().size() && "compound:prt".equals(DependencyCues.relation(s, k + 1)) && s.head(k + 1).governor() == i) k++;
    if (k + 1 < s.tokens().size() && !content.isEmpty()) {
      int at = k + 1;
      Integer obj = DependencyCues.child(s, i, "obj");
      if (obj != null && obj == at && s.subtree(obj).size() <= 2 && (s.tokens().get(obj).isPronoun() || s.tokens().get(obj).isProperNoun())) {
        at = s.subtree(obj).get(s.subtree(obj).size() - 1) + 1; // "asked him about", "asks Clinton about"
      }
      if (at >= s.tokens().size()) return k;
      Token p = s.tokens().get(at);
      Dependency h = s.head(at);
      boolean preposition = ("IN".equals(p.tag()) || "TO".equals(p.tag())) && h != null && "case".equals(h.relation())
          && DependencyCues.relation(s, h.governor()).startsWith("obl") && s.head(h.governor()).governor() == i;
      if (preposition && content.get(0).start() == p.span().start()) k = at;
    }
    return k;
  }

  /** The content spans without the part they share with the cue ending at token {@code end}; spans left empty are dropped. */
  static List<Span> after(Sentence s, List<Span> content, Span cue, int end) {
    int from = s.tokens().get(end).span().end();
    List<Span> out = new ArrayList<>();
    for (Span c : content) {
      if (c.start() >= from || !c.overlaps(cue)) out.add(c);
      else if (c.end() > from) {
        Span cut = TokenRanges.trimmed(s, end + 1, s.tokenAt(c.end() - 1));
        if (cut != null) out.add(cut);
      }
    }
    return out;
  }

  /** Whether token {@code k} is "as" marking a subordinate clause ("as he left"), not "as much" or "as a result". */
  static boolean opensAsClause(Sentence s, int k) {
    var arc = s.head(k);
    return "as".equalsIgnoreCase(s.tokens().get(k).word()) && arc != null && "mark".equals(arc.relation());
  }

  /**
   * What a reporting clause at the sentence's end reports: the words before the comma that opens it, when only
   * punctuation follows the clause ("..., Fox found."); null otherwise.
   */
  static Span reportedBefore(Sentence s, Set<Integer> clause) {
    int first = s.tokens().size(), lastTok = -1;
    for (int k : clause) {
      if (TokenRanges.isPunct(s.tokens().get(k))) continue;
      first = Math.min(first, k);
      lastTok = Math.max(lastTok, k);
    }
    for (int k = lastTok + 1; k < s.tokens().size(); k++) {
      if (TokenRanges.isPunct(s.tokens().get(k))) continue;
      // "..., officials said on Thursday, as mediators met": a closing "as" clause says when, and ends the report
      if (opensAsClause(s, k)) break;
      return null;
    }
    // the reporting clause is one stretch: "Meanwhile, Zelenskyy met Scholz ... to discuss air defence" has its
    // speaker and cue far apart, and what precedes the speaker ("Meanwhile") is no report
    for (int k = first; k <= lastTok; k++) {
      if (!clause.contains(k) && !TokenRanges.isPunct(s.tokens().get(k))) return null;
    }
    if (first < 2 || !",".equals(s.tokens().get(first - 1).word())) return null;
    return TokenRanges.trimmed(s, 0, first - 2);
  }
}
