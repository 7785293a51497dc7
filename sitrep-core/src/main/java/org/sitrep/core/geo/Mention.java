package org.sitrep.core.geo;

import java.util.List;
import org.sitrep.core.geo.Gazetteer.Candidate;
import org.sitrep.core.model.Span;

/**
 * A toponym found in the text, before resolution: its span (including a region word: "the Belgorod region" gives
 * "Belgorod region"), the name key looked up, the gazetteer candidates, the cue that followed it and whether CoreNLP
 * tagged it LOCATION. {@code sentence} orders mentions and ties "X, Y" pairs to one sentence. A {@code weak} mention
 * is a name the words around make doubtful as a place (part of a longer name, "Webb Center"; tagged as a person or an
 * organisation): the resolver keeps it only as a prominent place or one near the article's other places.
 */
record Mention(Span span, String key, List<Candidate> candidates, Cue cue, int sentence, boolean nerLocation,
               boolean weak) {
  Mention {
    candidates = List.copyOf(candidates);
  }

  /** A mention whose words leave no doubt that it is a place. */
  Mention(Span span, String key, List<Candidate> candidates, Cue cue, int sentence, boolean nerLocation) {
    this(span, key, candidates, cue, sentence, nerLocation, false);
  }

  /** What the words after the name say it is. */
  enum Cue {
    NONE,
    /** "X region", "X oblast", "X province": the first-level region named after X. */
    REGION,
    /** "X area", "X outskirts": the place X itself, seen loosely. */
    AREA
  }
}
