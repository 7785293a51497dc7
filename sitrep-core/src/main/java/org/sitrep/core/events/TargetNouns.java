package org.sitrep.core.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * What the nouns naming an event's recipients say about its ACLED type: a civilian place or group attacked
 * (civilian_targets.txt) makes the attack violence against civilians; people taken (captive_nouns.txt) make a capture
 * an arrest. Also the triggers whose "with" names the other side (reciprocal_triggers.txt). Loaded once; immutable.
 */
final class TargetNouns {
  private final Set<String> civilian = load("civilian_targets.txt");
  private final Set<String> captives = load("captive_nouns.txt");
  private final Set<String> reciprocal = load("reciprocal_triggers.txt");

  private static Set<String> load(String file) {
    Set<String> out = new HashSet<>();
    for (ResourceLines.Line l : ResourceLines.read(EventCodebook.DIR + file)) out.add(l.text().strip().toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }

  /** Whether a recipient's words name a civilian place or group ("a camp for displaced people", "the village"). */
  boolean civilianTarget(Sentence s, List<Actor> recipients) {
    return anyLemma(s, recipients, civilian);
  }

  /** Whether a recipient's words name a person the actor lexicon gives no sector ("a Haqqani network facilitator"). */
  boolean captive(Sentence s, Actor recipient) {
    return anyLemma(s, List.of(recipient), captives);
  }

  /** Whether the trigger (its triggers.tsv key) names fighting between two sides ("clash", "battle"). */
  boolean reciprocal(String key) { return reciprocal.contains(key); }

  private static boolean anyLemma(Sentence s, List<Actor> actors, Set<String> lemmas) {
    for (Actor a : actors) {
      if (a.span() == null) continue;
      for (Token t : s.tokens()) {
        if (a.span().contains(t.span()) && t.isNoun() && lemmas.contains(TriggerLexicon.lemma(t))) return true;
      }
    }
    return false;
  }
}
