package org.sitrep.core.modality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Modality;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.Token;

/**
 * Judges one event's modality from its trigger's context. The trigger's scope chain runs up from the trigger through
 * the words it complements ("does not seek to [seize]", "denied [attacking]", "the possibility of [strikes]"); markers
 * on that chain decide, in the order negated, hypothetical, intended, future, generic, else asserted: negation wins
 * over intention, so "does not seek to seize" is negated. Stateless.
 */
final class ModalityJudge {
  private static final Set<String> CLAUSE_BREAKS = Set.of("ccomp", "parataxis", "csubj", "acl:relcl");
  private static final Set<String> NOT_MODIFIERS = Set.of("conj", "obj", "iobj", "nsubj", "nsubj:pass", "appos");
  private static final int WINDOW = 4;

  private final ModalityLexicon words;

  ModalityJudge(ModalityLexicon words) { this.words = words; }

  Modality judge(Sentence s, int head, List<TimeExpression> times, LocalDate published, Statement reporter) {
    List<Integer> chain = chain(s, head);
    List<Integer> clause = clause(s, top(s, chain));
    boolean nonspecific = nonspecific(s, head);
    if (negated(s, chain) || (reporter != null && (reporter.stance() == Stance.DENY || reporter.stance() == Stance.REJECT))
        || (nonspecific && negatedAbove(s, head))) {
      return Modality.NEGATED;
    }
    if (reportedWould(s, chain, reporter)) return Modality.FUTURE;
    if (hypothetical(s, chain, false) || (reporter != null && reporter.stance() == Stance.QUESTION) || directed(s, chain)) {
      return Modality.HYPOTHETICAL;
    }
    for (int t : chain.subList(1, chain.size())) if (words.intention.has(lemma(s, t)) || intentionAdjective(s, t)) return Modality.INTENDED;
    if (future(s, chain, clause, times, published)) return Modality.FUTURE;
    if (nonspecific || generic(s, clause, times) || habitual(s, chain)) return Modality.GENERIC;
    return Modality.ASSERTED;
  }

  /** The trigger and the words whose complement it is, bottom up. */
  List<Integer> chain(Sentence s, int head) {
    List<Integer> chain = new ArrayList<>();
    chain.add(head);
    if (!s.parsed()) return chain;
    int cur = head;
    for (int guard = 0; guard < 8; guard++) {
      Dependency up = s.head(cur);
      if (up == null || up.governor() < 0) break;
      int g = up.governor();
      String rel = up.relation();
      String gl = lemma(s, g);
      boolean marker = isMarker(s, g);
      // "has no intention to capture": the complement hangs on "has", the intention is its object
      int markedObject = -1;
      if (rel.equals("ccomp") || rel.equals("xcomp")) {
        for (Dependency d : s.children(g)) if (d.relation().equals("obj") && isMarker(s, d.dependent())) markedObject = d.dependent();
      }
      // "remained open to talks", "is ready for talks": the parser hangs the event on the verb, beside the adjective
      if (rel.startsWith("obl")) {
        for (Dependency d : s.children(g)) {
          if (d.relation().equals("xcomp") && d.dependent() < cur && s.tokens().get(d.dependent()).tag().startsWith("JJ")
              && isMarker(s, d.dependent())) markedObject = d.dependent();
        }
      }
      // "do not involve annexation or occupation": a nominal conjunct shares the scope of the first one (a verb
      // conjunct has its own: "did not shell the town but attacked the port")
      if (rel.equals("conj") && !s.tokens().get(cur).isVerb() && !s.tokens().get(g).isVerb()) {
        if (chain.contains(g)) break;
        chain.add(g);
        cur = g;
        continue;
      }
      // advcl is not climbed: "when pressed about the strikes, he declined" does not decline the strikes
      boolean climb = rel.equals("xcomp") || eventSubject(s, cur, rel, g)
          || (rel.startsWith("acl") && !rel.equals("acl:relcl"))
          || ((rel.equals("obj") || rel.equals("nsubj:pass")) && (marker || words.supportVerbs.has(gl)))
          || ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("ccomp") || rel.equals("dep")) && marker)
          || markedObject >= 0;
      if (!climb || chain.contains(g)) break;
      chain.add(g);
      if (markedObject >= 0 && !chain.contains(markedObject)) chain.add(markedObject);
      cur = g;
    }
    return chain;
  }

  /**
   * "Talks will resume on Thursday", "negotiations did not take place": a nominal event that is the subject of a verb of
   * happening takes that verb's auxiliaries, negation and time.
   */
  private boolean eventSubject(Sentence s, int cur, String rel, int g) {
    if (!rel.equals("nsubj") || s.tokens().get(cur).isVerb() || !s.tokens().get(g).isVerb()) return false;
    if (words.eventSubjectVerbs.has(lemma(s, g))) return true;
    for (List<String> seq : words.eventSubjectVerbs.sequences()) {
      if (!seq.get(0).equals(lemma(s, g))) continue;
      boolean all = true;
      for (int k = 1; k < seq.size() && all; k++) all = g + k < s.tokens().size() && lemma(s, g + k).equals(seq.get(k));
      if (all) return true;
    }
    return false;
  }

  /**
   * "called on both sides to agree to a ceasefire", "urged Israel to withdraw", "appealed for the release of the
   * hostages": an act someone asks, urges or orders another to do has not happened. The chain's clause is the
   * complement of a directive verb: its xcomp or ccomp, an infinitival adverbial clause, or a "for" phrase.
   */
  private boolean directed(Sentence s, List<Integer> chain) {
    if (!s.parsed()) return false;
    for (int t : chain) {
      Dependency up = s.head(t);
      if (up == null || up.governor() < 0 || !words.directives.has(lemma(s, up.governor()))) continue;
      String rel = up.relation();
      if (rel.equals("xcomp") || rel.equals("ccomp")) return true;
      if (rel.startsWith("advcl") && hasMark(s, t, "to")) return true;
      if ((rel.startsWith("obl") || rel.startsWith("nmod")) && hasCase(s, t, "for")) return true;
    }
    return false;
  }

  /**
   * "The leader directs attacks against Afghan forces", "the group is responsible for attacks on police": plural
   * events without a definite determiner, as the object of a verb in the simple present (or of an adjective with a
   * present copula), are what someone habitually does, not one event. "Talks" and the like (plural_events.txt) are
   * one event in the plural.
   */
  private boolean habitual(Sentence s, List<Integer> chain) {
    if (!s.parsed()) return false;
    int head = chain.get(0);
    Token trigger = s.tokens().get(head);
    if (!"NNS".equals(trigger.tag()) || words.pluralEvents.has(lemma(s, head))) return false;
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if (rel.equals("nmod:poss") || (rel.equals("det") && words.definite.has(lemma(s, d.dependent())))) return false;
    }
    int top = top(s, chain);
    int g = top;
    if (!s.tokens().get(top).isVerb()) {
      // "conducts attacks" climbs to the support verb already; "responsible for attacks" does not
      Dependency up = s.head(top);
      if (up == null || up.governor() < 0) return false;
      String rel = up.relation();
      if (!(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) return false;
      g = up.governor();
    }
    if (presentSimple(s.tokens().get(g))) return !hasAux(s, g);
    if (!"JJ".equals(s.tokens().get(g).tag())) return false;
    for (Dependency d : s.children(g)) if (d.relation().equals("cop") && presentSimple(s.tokens().get(d.dependent()))) return true;
    return false;
  }

  private static boolean presentSimple(Token t) { return "VBZ".equals(t.tag()) || "VBP".equals(t.tag()); }

  private static boolean hasAux(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) if (d.relation().startsWith("aux")) return true;
    return false;
  }

  private static boolean hasMark(Sentence s, int t, String word) {
    for (Dependency d : s.children(t)) if (d.relation().equals("mark") && lemma(s, d.dependent()).equals(word)) return true;
    return false;
  }

  private static boolean hasCase(Sentence s, int t, String word) {
    for (Dependency d : s.children(t)) if (d.relation().equals("case") && lemma(s, d.dependent()).equals(word)) return true;
    return false;
  }

  /** The chain member highest in the tree: the one whose governor is outside the chain. */
  private static int top(Sentence s, List<Integer> chain) {
    for (int t : chain) {
      Dependency d = s.head(t);
      if (d == null || d.governor() < 0 || !chain.contains(d.governor())) {
        if (t != chain.get(0) || chain.size() == 1) return t;
      }
    }
    return chain.get(chain.size() - 1);
  }

  private boolean isMarker(Sentence s, int t) {
    String l = lemma(s, t);
    return words.intention.has(l) || intentionAdjective(s, t) || words.hypothetical.has(l) || negatingPredicate(s, t);
  }

  /** "remained open to talks": an adjective of the intention list's "adj:" entries. */
  private boolean intentionAdjective(Sentence s, int t) {
    return s.tokens().get(t).tag().startsWith("JJ") && words.intention.adjectives().contains(lemma(s, t));
  }

  private boolean negated(Sentence s, List<Integer> chain) {
    for (int t : chain) {
      for (int m : modifiers(s, t)) if (words.negators.has(lemma(s, m))) return true;
      if (t != chain.get(0) && negatingPredicate(s, t)) return true;
    }
    return false;
  }

  /** "any counteroffensive": the trigger's determiner names no particular event. */
  private boolean nonspecific(Sentence s, int head) {
    if (!s.parsed()) return false;
    for (Dependency d : s.children(head)) {
      if (d.relation().startsWith("det") && words.nonspecific.has(lemma(s, d.dependent()))) return true;
    }
    return false;
  }

  /** Whether a word above the trigger, up to the sentence root, is negated or a negating predicate. */
  private boolean negatedAbove(Sentence s, int head) {
    int cur = head;
    for (int guard = 0; guard < s.tokens().size(); guard++) {
      Dependency up = s.head(cur);
      if (up == null || up.governor() < 0) return false;
      cur = up.governor();
      if (negatingPredicate(s, cur)) return true;
      for (int m : modifiers(s, cur)) if (words.negators.has(lemma(s, m))) return true;
    }
    return false;
  }

  private boolean negatingPredicate(Sentence s, int t) {
    String l = lemma(s, t);
    if (words.negatingPredicates.has(l)) return true;
    // phrasal predicates: "ruled out", "called off", "stopped short of"
    for (List<String> seq : words.negatingPredicates.sequences()) {
      if (!seq.get(0).equals(l)) continue;
      boolean all = true;
      for (int k = 1; k < seq.size() && all; k++) {
        int i = t + k;
        all = i < s.tokens().size() && lemma(s, i).equals(seq.get(k));
      }
      if (all) return true;
    }
    return false;
  }

  /**
   * "The rebels said they would boycott the talks": in reported speech after a past-tense cue, "would" is the
   * speaker's "will" shifted back, a future act, not a condition; any other marker ("if", "could", a question) keeps
   * it hypothetical.
   */
  private boolean reportedWould(Sentence s, List<Integer> chain, Statement reporter) {
    if (reporter == null || reporter.stance() == Stance.QUESTION) return false;
    boolean pastCue = false;
    for (Token t : s.tokens()) if (t.span().overlaps(reporter.cue()) && "VBD".equals(t.tag())) pastCue = true;
    if (!pastCue || hypothetical(s, chain, true)) return false;
    boolean would = false;
    for (int t : chain) {
      for (int m : modifiers(s, t)) if (isAux(s, m) && lemma(s, m).equals("would")) would = true;
      // "would attack the depot if talks failed": a condition hangs on the act as an adverbial clause
      if (s.parsed()) {
        for (Dependency d : s.children(t)) {
          if (!d.relation().startsWith("advcl")) continue;
          for (int m : modifiers(s, d.dependent())) if (words.hypothetical.has(lemma(s, m)) && !isAux(s, m)) return false;
        }
      }
    }
    return would;
  }

  /** A question, or a hypothetical marker on the chain; {@code wouldAside} leaves the auxiliary "would" out. */
  private boolean hypothetical(Sentence s, List<Integer> chain, boolean wouldAside) {
    List<Token> tokens = s.tokens();
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals("?")) return true; // a question asks, it does not assert
    for (int t : chain) {
      for (int m : modifiers(s, t)) {
        String l = lemma(s, m);
        if (isAux(s, m) && wouldAside && l.equals("would")) continue;
        if (isAux(s, m) ? words.hypothetical.auxiliaries().contains(l) : words.hypothetical.has(l)) return true;
      }
      if (t != chain.get(0) && words.hypothetical.has(lemma(s, t))) return true;
    }
    return modalOverSubject(s, chain.get(0), wouldAside);
  }

  /**
   * "warning that an all-out assault on the city would have devastating consequences": an event noun that is the
   * subject of a modal verb is a possibility. Not with a perfect ("the strike could have killed hundreds" happened).
   */
  private boolean modalOverSubject(Sentence s, int trigger, boolean wouldAside) {
    if (!s.parsed() || s.tokens().get(trigger).isVerb()) return false;
    Dependency up = s.head(trigger);
    if (up == null || up.governor() < 0 || !up.relation().equals("nsubj")) return false;
    boolean modal = false;
    for (Dependency d : s.children(up.governor())) {
      if (!d.relation().equals("aux")) continue;
      String l = lemma(s, d.dependent());
      if (l.equals("have")) return false;
      if (wouldAside && l.equals("would")) continue;
      modal |= words.hypothetical.auxiliaries().contains(l);
    }
    return modal;
  }

  private boolean future(Sentence s, List<Integer> chain, List<Integer> clause, List<TimeExpression> times, LocalDate published) {
    for (int t : chain) {
      for (int m : modifiers(s, t)) if (isAux(s, m) && words.future.auxiliaries().contains(lemma(s, m))) return true;
      // "is going to attack": the trigger complements a progressive "go"
      if (t != chain.get(0) && lemma(s, t).equals("go") && "VBG".equals(s.tokens().get(t).tag())) return true;
    }
    if (contains(s, near(s, chain), words.future)) return true;
    if (published != null) {
      for (TimeExpression te : times) {
        if (te.start() != null && te.start().isAfter(published) && inClause(s, clause, te)) return true;
      }
    }
    return false;
  }

  private boolean generic(Sentence s, List<Integer> clause, List<TimeExpression> times) {
    if (contains(s, clause, words.generic)) return true;
    for (TimeExpression te : times) if (te.generic() && inClause(s, clause, te)) return true;
    return false;
  }

  /**
   * Words that modify the chain, and their own modifiers: "[next] week" on the trigger counts, "[upcoming] elections"
   * on the trigger's object does not date the trigger.
   */
  private static List<Integer> near(Sentence s, List<Integer> chain) {
    List<Integer> out = new ArrayList<>();
    for (int t : chain) {
      for (int m : modifiers(s, t)) {
        out.add(m);
        if (s.parsed()) for (Dependency d : s.children(m)) out.add(d.dependent());
      }
    }
    return out;
  }

  private static boolean inClause(Sentence s, List<Integer> clause, TimeExpression te) {
    if (!s.span().contains(te.span())) return false;
    int t = s.tokenAt(te.span().start());
    return clause.contains(t);
  }

  /** Whether the clause holds one of the list's lemmas or lemma sequences. */
  private static boolean contains(Sentence s, List<Integer> clause, ModalityLexicon.Words list) {
    for (int t : clause) {
      if (list.has(lemma(s, t)) || list.has(word(s, t))) return true; // "repeated" is lemmatised to "repeat"
      for (List<String> seq : list.sequences()) {
        boolean all = true;
        for (int k = 0; k < seq.size() && all; k++) {
          int i = t + k;
          all = i < s.tokens().size() && (lemma(s, i).equals(seq.get(k)) || word(s, i).equals(seq.get(k)));
        }
        if (all) return true;
      }
    }
    return false;
  }

  /** Tokens of the clause headed by {@code top}, without embedded clauses; the whole sentence when unparsed. */
  private static List<Integer> clause(Sentence s, int top) {
    List<Integer> out = new ArrayList<>();
    if (!s.parsed()) {
      for (Token t : s.tokens()) out.add(t.index());
      return out;
    }
    out.add(top);
    for (Dependency d : s.children(top)) if (!CLAUSE_BREAKS.contains(d.relation())) out.addAll(s.subtree(d.dependent()));
    return out;
  }

  /** Words modifying a chain token: its dependents except arguments; without a parse, the few words before it. */
  private static List<Integer> modifiers(Sentence s, int t) {
    List<Integer> out = new ArrayList<>();
    if (s.parsed()) {
      for (Dependency d : s.children(t)) if (!NOT_MODIFIERS.contains(d.relation())) out.add(d.dependent());
    } else {
      for (int i = Math.max(0, t - WINDOW); i < t; i++) out.add(i);
    }
    return out;
  }

  private static boolean isAux(Sentence s, int t) {
    if (s.parsed()) {
      Dependency d = s.head(t);
      return d != null && d.relation().startsWith("aux");
    }
    return "MD".equals(s.tokens().get(t).tag());
  }

  static String lemma(Sentence s, int t) {
    Token tok = s.tokens().get(t);
    return (tok.lemma() != null ? tok.lemma() : tok.word()).toLowerCase(Locale.ROOT);
  }

  private static String word(Sentence s, int t) { return s.tokens().get(t).word().toLowerCase(Locale.ROOT); }
}
