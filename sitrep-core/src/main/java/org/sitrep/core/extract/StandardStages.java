package org.sitrep.core.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.actors.ActorStage;
import org.sitrep.core.attribution.AttributionStage;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.time.TimeStage;

/** The stages after nlp, in order, and the lemmas they want parsed. */
final class StandardStages {
  private StandardStages() {}

  static List<Stage> afterNlp() {
    return List.of(new ActorStage(), new TimeStage(), new AttributionStage());
  }

  static Set<String> parseTriggerLemmas(List<Stage> stages) {
    Set<String> lemmas = new TreeSet<>();
    for (Stage s : stages) {
      if (s instanceof AttributionStage a) lemmas.addAll(a.parseTriggerLemmas());
    }
    return lemmas;
  }
}
