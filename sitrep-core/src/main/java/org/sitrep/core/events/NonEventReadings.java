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

  NonEventReadings() {
    for (ResourceLines.Line l : ResourceLines.read(EventCodebook.DIR + "frame_nouns.txt")) {
      frameNouns.add(l.text().strip().toLowerCase(Locale.ROOT));
    }
  }

  /** Whether this match, read in its sentence, names no event. */
  boolean applies(Sentence s, TriggerLexicon.Match m) {
    return insideName(s, m) || (s.parsed() && (stateParticiple(s, m) || nominalParticiple(s, m) || classifier(s, m)));
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
