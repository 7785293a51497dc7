package org.sitrep.core.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.actors.ActorStage;
import org.sitrep.core.attribution.AttributionStage;
import org.sitrep.core.events.EventStage;
import org.sitrep.core.geo.GeoStage;
import org.sitrep.core.modality.ModalityStage;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.time.TimeStage;

/** The stages after nlp, in order, and the lemmas they want parsed. */
final class StandardStages {
  private StandardStages() {}

  static List<Stage> afterNlp() {
    return List.of(new ActorStage(), new GeoStage(), new TimeStage(), new AttributionStage(), new EventStage(),
        new ModalityStage());
  }

  /** Cue lemmas of attribution and trigger lemmas of events: the sentences worth a dependency parse. */
  static Set<String> parseTriggerLemmas(List<Stage> stages) {
    Set<String> lemmas = new TreeSet<>();
    for (Stage s : stages) {
      if (s instanceof AttributionStage a) lemmas.addAll(a.parseTriggerLemmas());
      if (s instanceof EventStage e) lemmas.addAll(e.parseTriggerLemmas());
    }
    return lemmas;
  }
}
