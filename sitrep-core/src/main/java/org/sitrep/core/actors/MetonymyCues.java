package org.sitrep.core.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/** The cue words of {@code metonymy_cues.tsv}, by cue kind. Immutable once loaded. */
final class MetonymyCues {
  static final String RESOURCE = "/sitrep/actors/metonymy_cues.tsv";

  enum Cue { ADMIN_HEAD, PLACE_HEAD, PLACE_PREP, POSS_PLACE, RELATION, OBJECT_VERB }

  private final Map<Cue, Set<String>> words;

  MetonymyCues() {
    Map<Cue, Set<String>> m = new HashMap<>();
    for (Cue c : Cue.values()) m.put(c, new HashSet<>());
    for (ResourceLines.Row row : ResourceLines.readTsv(RESOURCE)) {
      Cue cue;
      try {
        cue = Cue.valueOf(row.get("cue").toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.line().error("unknown cue '" + row.get("cue") + "'");
      }
      m.get(cue).add(row.get("word"));
    }
    Map<Cue, Set<String>> frozen = new HashMap<>();
    m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    words = Map.copyOf(frozen);
  }

  boolean is(Cue cue, String lowerLemma) {
    return words.get(cue).contains(lowerLemma);
  }
}
