package org.sitrep.core.events;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * Readings of a matched trigger word that name no event of their own: a word inside a name ("the Ceasefire Violations
 * Committee", "Revolutionary United Front"), a participle used as a noun ("evacuated the wounded") or as a lasting
 * state ("the occupied West Bank"), a noun that only classifies another ("invasion forces", "aid convoys"). Loads
 * frame_nouns.txt; immutable.
 */
final class NonEventReadings {
  private static final Set<String> NAME_TAGS = Set.of("ORGANIZATION", "PERSON", "LOCATION");

  private final Set<String> frameNouns = new HashSet<>();
  private final Set<String> backgroundCases = new HashSet<>();
  private final Set<String> backgroundNouns = new HashSet<>();

  NonEventReadings() {
    for (ResourceLines.Line l : ResourceLines.read(EventCodebook.DIR + "frame_nouns.txt")) {
      frameNouns.add(l.text().strip().toLowerCase(Locale.ROOT));
    }
    for (ResourceLines.Line l : ResourceLines.read(EventCodebook.DIR + "background_markers.txt")) {
      String[] kv = l.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
      if (kv.length != 2 || !(kv[0].equals("case") || kv[0].equals("noun"))) throw l.error("expected 'case <lemma>' or 'noun <lemma>'");
      (kv[0].equals("case") ? backgroundCases : backgroundNouns).add(kv[1]);
    }
  }

  /**
   * Whether a noun trigger stands in a background phrase: "after two days of fierce fighting", "in the wake of the
   * execution", "despite hours of negotiations". Climbs through "of" phrases of measure nouns ("days of").
   */
  boolean background(Sentence s, int head) {
    if (!s.parsed() || s.tokens().get(head).isVerb()) return false;
    int cur = head;
    for (int steps = 0; steps < 3; steps++) {
      String kase = EventArguments.caseOf(s, cur);
      if (kase != null && backgroundCases.contains(kase)) return true;
      Dependency up = s.head(cur);
      if (up == null || up.governor() < 0 || !up.relation().startsWith("nmod") || kase == null) return false;
      int g = up.governor();
      String gl = TriggerLexicon.lemma(s.tokens().get(g));
      if (backgroundNouns.contains(gl) && "in".equals(EventArguments.caseOf(s, g))) return true;
      if (!kase.equals("of") || s.tokens().get(g).isVerb()) return false;
      cur = g;
    }
    return false;
  }

  /** Whether this match, read in its sentence, names no event. */
  boolean applies(Sentence s, TriggerLexicon.Match m) {
    return insideName(s, m) || (s.parsed() && (stateParticiple(s, m) || nominalParticiple(s, m) || classifier(s, m)
        || characterisation(s, m)));
  }

  /**
   * "The strikes were a massacre", "this is a reckless attack": an event noun predicated of a subject with "be" says
   * what the subject was, and the subject is the event (or points at one already told).
   */
  private static boolean characterisation(Sentence s, TriggerLexicon.Match m) {
    int h = m.head();
    if (s.tokens().get(h).isVerb()) return false;
    boolean copula = false, subject = false;
    for (Dependency d : s.children(h)) {
      if (d.relation().equals("cop")) copula = true;
      if (d.relation().equals("nsubj")) subject = true;
      if (d.relation().equals("case")) return false; // "were on patrol" is being at it, not naming something
    }
    return copula && subject;
  }

  // NER marks the trigger word as part of an organisation's, person's or place's name ("blocked the Europe Bridge" is
  // still a blockade: only the head word counts)
  private static boolean insideName(Sentence s, TriggerLexicon.Match m) {
    return NAME_TAGS.contains(s.tokens().get(m.head()).ner());
  }

  /**
   * "the occupied West Bank", "the besieged town", "retreating troops": a participle used as an adjective describes
   * the noun (a lasting state, what it is doing) rather than reporting an event.
   */
  private static boolean stateParticiple(Sentence s, TriggerLexicon.Match m) {
    if (m.tokens().size() > 1) return false;
    Dependency up = s.head(m.head());
    String tag = s.tokens().get(m.head()).tag();
    // the parser also makes a nominal gerund an adjective of its determiner ("the/obj shelling/amod of Kherson"): only
    // a participle modifying a noun describes it
    return up != null && up.governor() >= 0 && up.relation().equals("amod") && ("VBN".equals(tag) || "VBG".equals(tag))
        && s.tokens().get(up.governor()).isNoun() && !beforeDeterminer(s, m.head(), up.governor());
  }

  /**
   * "a security force detained/amod several insurgents": an adjective comes after the noun's determiner or number
   * ("the several detained insurgents"), so a participle ahead of one is a verb the parser mistook.
   */
  private static boolean beforeDeterminer(Sentence s, int participle, int noun) {
    for (int i = participle + 1; i < noun; i++) {
      Token t = s.tokens().get(i);
      if ("DT".equals(t.tag()) || "CD".equals(t.tag()) || "PDT".equals(t.tag()) || QUANTIFIERS.contains(TriggerLexicon.lemma(t))) return true;
    }
    return false;
  }

  private static final Set<String> QUANTIFIERS = Set.of("several", "many", "multiple", "numerous", "few");

  /** "evacuated the wounded", "the killed and the missing": a participle with a determiner is a noun for people. */
  private static boolean nominalParticiple(Sentence s, TriggerLexicon.Match m) {
    Token t = s.tokens().get(m.head());
    if (!"VBN".equals(t.tag()) && !"VBD".equals(t.tag())) return false;
    for (Dependency d : s.children(m.head())) {
      if (d.relation().equals("det")) return true;
      if (!d.relation().equals("punct")) return false;
    }
    return false;
  }

  /** "invasion forces", "aid convoys", "air raid sirens": a trigger noun compounded onto a noun that is no frame for it. */
  private boolean classifier(Sentence s, TriggerLexicon.Match m) {
    if (s.tokens().get(m.head()).isVerb()) return false;
    Dependency up = s.head(m.head());
    if (up == null || up.governor() < 0 || !up.relation().equals("compound")) return false;
    Token governor = s.tokens().get(up.governor());
    return governor.isNoun() && !frameNouns.contains(TriggerLexicon.lemma(governor));
  }
}
