package org.sitrep.core.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.actors.ActorStage;
import org.sitrep.core.pipeline.Stage;

/** The stages after nlp, in order, and the lemmas they want parsed. */
final class StandardStages {
  private StandardStages() {}

  static List<Stage> afterNlp() {
    return List.of(new ActorStage());
  }

  static Set<String> parseTriggerLemmas(List<Stage> stages) {
    Set<String> lemmas = new TreeSet<>();
    return lemmas;
  }
}
