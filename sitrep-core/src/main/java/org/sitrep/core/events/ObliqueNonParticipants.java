package org.sitrep.core.events;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Nouns an oblique names as a reason or basis, not a participant: "detained a man on suspicion of sabotage" has one
 * recipient, the man (oblique_non_participants.txt); immutable.
 */
final class ObliqueNonParticipants {
  private final Set<String> lemmas = new HashSet<>();

  ObliqueNonParticipants() {
    for (ResourceLines.Line l : ResourceLines.read(EventCodebook.DIR + "oblique_non_participants.txt")) lemmas.add(l.text().trim());
  }

  boolean contains(String lemma) { return lemmas.contains(lemma); }
}
