package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.actors.ActorStage;
import org.sitrep.core.attribution.AttributionStage;
import org.sitrep.core.events.EventStage;
import org.sitrep.core.geo.GeoStage;
import org.sitrep.core.modality.ModalityStage;
import org.sitrep.core.nlp.ParseSelector;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.time.TimeStage;

/** The stages after nlp, in order, and the lemmas they want parsed. */
final class StandardStages {
  private StandardStages() {}

  static List<Stage> afterNlp() {
    return List.of(new ActorStage(), new GeoStage(), new TimeStage(), new AttributionStage(), new EventStage(),
        new ModalityStage());
  }

  /**
   * The cascade's gate: a sentence is parsed when a stage whose output the parse changes asks for it (attribution: a
   * cue as it reads one, or a quote mark; events: a trigger with its head's part of speech). Other sentences get tags,
   * lemmas and NER only; the actors stage reads their metonymy off the word order.
   */
  static ParseSelector parseSelector(List<Stage> stages) {
    List<AttributionStage> attribution = new ArrayList<>();
    List<EventStage> events = new ArrayList<>();
    for (Stage s : stages) {
      if (s instanceof AttributionStage a) attribution.add(a);
      if (s instanceof EventStage e) events.add(e);
    }
    return tokens -> {
      for (AttributionStage a : attribution) if (a.needsParse(tokens)) return true;
      for (EventStage e : events) if (e.needsParse(tokens)) return true;
      return false;
    };
  }
}
