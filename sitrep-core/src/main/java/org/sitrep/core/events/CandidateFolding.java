package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;

/**
 * Folds a sentence's trigger candidates that describe one event into one: a casualty report into its attack, a nominal
 * trigger into the verb trigger of its type, raids into the arrests they made, a demand's or threat's content into the
 * demand, a protest's aim into the protest, a meeting's topic into the meeting. A folded candidate is marked dropped;
 * its participants join the one kept.
 */
final class CandidateFolding {
  private CandidateFolding() {}

  /** Where a casualty participle may hang on the noun it follows rather than on the verb ("hit a school sheltering"). */
  private static final Set<String> OBJECTS = Set.of("obj", "obl", "nsubj:pass");

  /**
   * Folds triggers that describe one event: a casualty report linked to an attack ("the strike killed three
   * civilians", "killed in shelling") adds its victims to the attack; a nominal trigger hanging on a verb trigger of the
   * same type ("attacked the town in a drone strike") is one event, coded by the more specific of the two.
   */
  static void merge(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    // "killed one soldier and wounded two others": conjoined casualty counts report one event's toll
    for (Candidate a : candidates) {
      for (Candidate b : candidates) {
        if (a == b || a.dropped || b.dropped || a.match.entry().kind() != TriggerLexicon.Kind.CASUALTY
            || b.match.entry().kind() != TriggerLexicon.Kind.CASUALTY) continue;
        Dependency up = s.head(b.match.head());
        if (up != null && up.governor() == a.match.head() && up.relation().equals("conj")) absorb(a, b, s);
      }
    }
    for (Candidate b : candidates) {
      if (b.dropped || b.match.entry().kind() != TriggerLexicon.Kind.CASUALTY) continue;
      Candidate attack = attackOverCasualty(s, b, candidates);
      if (attack != null) absorb(attack, b, s);
    }
    for (Candidate a : candidates) {
      for (Candidate b : candidates) {
        if (a == b || a.dropped || b.dropped || !linked(s, a.match.head(), b.match.head())) continue;
        boolean aCasualty = a.match.entry().kind() == TriggerLexicon.Kind.CASUALTY;
        boolean bCasualty = b.match.entry().kind() == TriggerLexicon.Kind.CASUALTY;
        if (aCasualty && !bCasualty && b.match.entry().type().equals("ASSAULT")) {
          absorb(b, a, s);
        } else if (!aCasualty && !bCasualty && a.match.entry().type().equals(b.match.entry().type())) {
          if (rank(b, s) > rank(a, s)) absorb(b, a, s);
          else absorb(a, b, s);
        }
      }
    }
    // "fired water cannon and tear gas": conjoined event nouns of one type and mode are one event
    for (Candidate a : candidates) {
      for (Candidate b : candidates) {
        if (a == b || a.dropped || b.dropped || !s.tokens().get(a.match.head()).isNoun() || !s.tokens().get(b.match.head()).isNoun()
            || !a.match.entry().type().equals(b.match.entry().type()) || a.match.entry().mode() == null
            || !a.match.entry().mode().equals(b.match.entry().mode())) continue;
        Dependency up = s.head(b.match.head());
        if (up != null && up.governor() == a.match.head() && up.relation().equals("conj")) absorb(a, b, s);
      }
    }
    // "arrested 25 Palestinians in overnight raids": a raid with no sides of its own is how the arrests were made
    for (Candidate arrest : candidates) {
      if (arrest.dropped || !"arrest".equals(arrest.match.entry().mode()) || !s.tokens().get(arrest.match.head()).isVerb()) continue;
      for (Candidate raid : candidates) {
        if (raid == arrest || raid.dropped || !raid.match.entry().type().equals("ASSAULT") || !raid.actors.isEmpty()
            || !raid.recipients.isEmpty() || !s.tokens().get(raid.match.head()).isNoun()) continue;
        Dependency up = s.head(raid.match.head());
        if (up != null && up.governor() == arrest.match.head() && up.relation().startsWith("obl")
            && SETTING_CASES.contains(String.valueOf(EventArguments.caseOf(s, raid.match.head())))) {
          absorb(arrest, raid, s);
        }
      }
    }
  }

  /** Prepositions under which an operation is the means of an arrest: "in raids", "during a sweep". */
  private static final Set<String> SETTING_CASES = Set.of("in", "during");

  /**
   * "An air strike hit a school, killing three people and wounding five", "the shelling damaged homes and killed two":
   * a casualty participle or conjunct of a verb reports the toll of the attack that verb's subject or object names,
   * or of the verb itself when it is an attack.
   */
  private static Candidate attackOverCasualty(Sentence s, Candidate casualty, List<Candidate> candidates) {
    Dependency up = s.head(casualty.match.head());
    if (up == null || up.governor() < 0) return null;
    String rel = up.relation();
    if (!(rel.equals("conj") || rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("dep"))) return null;
    int verb = up.governor();
    Dependency nounUp = s.head(verb);
    // "hit a school/obj sheltering families, killing/dep three": the parser may hang the participle on the object
    if (s.tokens().get(verb).isNoun() && nounUp != null && nounUp.governor() >= 0 && OBJECTS.contains(nounUp.relation())) {
      verb = nounUp.governor();
    }
    if (!s.tokens().get(verb).isVerb()) return null;
    Set<Integer> around = new HashSet<>(List.of(verb));
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("obj") || r.startsWith("obl")) around.add(d.dependent());
    }
    for (Candidate a : candidates) {
      if (a == casualty || a.dropped || a.match.entry().kind() == TriggerLexicon.Kind.CASUALTY
          || !a.match.entry().type().equals("ASSAULT")) continue;
      if (around.contains(a.match.head()) || around.contains(nominalGerundPhrase(s, a.match.head()))) return a;
    }
    return null;
  }

  /**
   * "agreed to lift the embargo", "demanded the withdrawal of troops", "threatened to ban the party", "refused to
   * allow inspectors": PLOVER codes one event, the agreement, demand, threat or refusal, whose content is the act
   * named in its complement; that act has not happened, so it is not coded as a second, asserted event.
   */
  static void foldContents(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    List<Candidate> takers = new ArrayList<>();
    for (Candidate a : candidates) if (!a.dropped && EventArguments.CONTENT_TAKERS.contains(a.match.entry().type())) takers.add(a);
    // the content's own objects are content too: "agreed to lift the embargo" is no new embargo
    for (int i = 0; i < takers.size(); i++) {
      Candidate a = takers.get(i);
      for (Candidate b : candidates) {
        if (a == b || b.dropped || !isComplement(s, a.match.head(), b.match.head())) continue;
        b.dropped = true;
        takers.add(b);
      }
    }
  }

  /**
   * "staged demonstrations to demand reforms", "began a hunger strike to protest the arrests", "demonstrated, calling
   * for independence": what a protest demands or protests against is its aim, and PLOVER codes one PROTEST event with
   * it. The demand's participants join the protest.
   */
  static void foldAims(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    for (Candidate a : candidates) {
      boolean protest = a.match.entry().type().equals("PROTEST");
      // "police fired tear gas to disperse the protesters": the dispersal is what the force was used for, one event
      // of excessive force whose targets are the dispersed
      boolean crowdControl = "crowd-control".equals(a.match.entry().mode());
      if (a.dropped || !(protest || crowdControl)) continue;
      Set<Integer> anchors = new HashSet<>(List.of(a.match.head()));
      Dependency up = s.head(a.match.head());
      // "staged a protest to demand": the aim hangs on the verb that stages the protest
      if (up != null && up.governor() >= 0 && (up.relation().equals("obj") || up.relation().equals("nsubj:pass"))) anchors.add(up.governor());
      for (Candidate b : candidates) {
        String type = b.match.entry().type();
        boolean aim = protest ? type.equals("REQUEST") || type.equals("PROTEST") : type.equals("COERCE");
        if (b == a || b.dropped || !aim) continue;
        if (isAim(s, b.match.head(), anchors)) absorb(a, b, s);
      }
    }
  }

  private static boolean isAim(Sentence s, int token, Set<Integer> anchors) {
    int cur = token;
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.head(cur);
      if (up == null || up.governor() < 0) return false;
      String rel = up.relation();
      if (!(rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("acl") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
        return false;
      }
      if (anchors.contains(up.governor())) return true;
      cur = up.governor();
    }
    return false;
  }

  // Through words that are no trigger of their own: "threatened to stop negotiations", "agreed to provide aid".
  private static boolean isComplement(Sentence s, int governor, int dependent) {
    // "Moscow must withdraw": the modal hangs on the verb it governs in meaning
    Dependency modal = s.head(governor);
    if (modal != null && modal.relation().equals("aux") && "MD".equals(s.tokens().get(governor).tag())) {
      if (modal.governor() == dependent) return true;
      governor = modal.governor();
    }
    int cur = dependent;
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.head(cur);
      if (up == null || up.governor() < 0) return false;
      String rel = up.relation();
      String kase = EventArguments.caseOf(s, cur);
      // "an ultimatum to halt attacks", "a demand to withdraw": a noun's clause is its content as a verb's complement is
      // "provide 70 million dollars of aid": a measure's "of" phrase is part of the content too
      boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj")
          || (rel.startsWith("nmod") && "of".equals(kase))
          || (rel.startsWith("acl") && !rel.equals("acl:relcl") && !s.tokens().get(up.governor()).isVerb())
          || (rel.startsWith("obl") && ("to".equals(kase) || "for".equals(kase)))
          // "called on both sides to agree to a ceasefire": the parser may hang an infinitive on the verb as an adverbial
          || (rel.startsWith("advcl") && markedTo(s, cur));
      if (!complement) return false;
      if (up.governor() == governor) return true;
      cur = up.governor();
    }
    return false;
  }

  private static boolean markedTo(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("mark") && TriggerLexicon.lemma(s.tokens().get(d.dependent())).equals("to")) return true;
    }
    return false;
  }

  /**
   * "negotiations on a prisoner exchange", "talks about a ceasefire", "met over the release of hostages": what a meeting is about is
   * its topic, not an event that happened, so PLOVER codes the one CONSULT event.
   */
  static void foldTopics(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    for (Candidate a : candidates) {
      if (a.dropped || !a.match.entry().type().equals("CONSULT")) continue;
      for (Candidate b : candidates) {
        if (b == a || b.dropped) continue;
        Dependency up = s.head(b.match.head());
        if (up == null || up.governor() != a.match.head()) continue;
        String rel = up.relation();
        String kase = EventArguments.caseOf(s, b.match.head());
        boolean topic = (rel.startsWith("nmod") || rel.startsWith("obl")) && kase != null && TOPIC_CASES.contains(kase);
        if (topic) b.dropped = true;
      }
    }
  }

  private static final Set<String> TOPIC_CASES = Set.of("on", "about", "over", "regarding", "concerning");


  /**
   * Which of two triggers of one event codes it: anything over a weapon-dependent verb ("launched" in "launched an
   * operation with drones"), then the more specific.
   */
  private static int rank(Candidate c, Sentence s) {
    boolean launchVerb = c.match.entry().kind() == TriggerLexicon.Kind.NEEDS_WEAPON && s.tokens().get(c.match.head()).isVerb();
    int r = launchVerb ? 0 : 2;
    if (c.match.entry().mode() != null || c.found.weapon() != null) r++;
    return r;
  }

  /** One trigger governs the other; conjuncts ("incidents and strikes") are events of their own. */
  private static boolean linked(Sentence s, int x, int y) {
    return directlyLinked(s, x, y) || directlyLinked(s, nominalGerundPhrase(s, x), nominalGerundPhrase(s, y));
  }

  private static boolean directlyLinked(Sentence s, int x, int y) {
    Dependency dx = s.head(x);
    Dependency dy = s.head(y);
    return (dx != null && dx.governor() == y && !dx.relation().equals("conj"))
        || (dy != null && dy.governor() == x && !dy.relation().equals("conj"));
  }

  /**
   * The parser sometimes makes a nominal gerund an adjective of its own modifier or determiner ("Russian/nsubj
   * shelling/amod hit", "the/obj shelling/amod of"): the phrase it heads then sits at that word.
   */
  private static int nominalGerundPhrase(Sentence s, int token) {
    Dependency up = s.head(token);
    boolean gerund = "VBG".equals(s.tokens().get(token).tag()) && up != null && up.governor() >= 0 && up.relation().equals("amod");
    return gerund && !s.tokens().get(up.governor()).isNoun() ? up.governor() : token;
  }

  private static void absorb(Candidate keep, Candidate gone, Sentence s) {
    gone.dropped = true;
    Span trigger = s.spanOf(keep.match.first(), keep.match.last());
    for (Actor a : gone.actors) if (fresh(keep, a, trigger)) keep.actors.add(a);
    for (Actor a : gone.recipients) if (fresh(keep, a, trigger)) keep.recipients.add(a);
  }

  /** Not yet a participant, and not the kept trigger itself ("launched an operation": the operation is no target). */
  private static boolean fresh(Candidate keep, Actor a, Span trigger) {
    if (a.span() != null && a.span().overlaps(trigger)) return false;
    return !keep.actors.contains(a) && !keep.recipients.contains(a);
  }
}
