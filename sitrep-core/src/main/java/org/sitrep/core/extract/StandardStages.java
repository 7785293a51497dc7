package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.actors.ActorStage;
import org.sitrep.core.attribution.AttributionStage;
import org.sitrep.core.events.EventStage;
import org.sitrep.core.geo.GeoStage;
import org.sitrep.core.modality.ModalityStage;
import org.sitrep.core.model.Token;
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
   * cue as it reads one, or a quote mark; events: a trigger with its head's part of speech). Sentences naming a country
   * or capital that hold a cue or trigger lemma in any part of speech are parsed too: the actors stage judges from the
   * parse whether the name stands for its government, and the earlier lemma-only gate gave those sentences a parse,
   * so its judgments stay as they were. Other sentences get tags, lemmas and NER only.
   */
  static ParseSelector parseSelector(List<Stage> stages) {
    List<ActorStage> actors = new ArrayList<>();
    List<AttributionStage> attribution = new ArrayList<>();
    List<EventStage> events = new ArrayList<>();
    Set<String> lemmas = new HashSet<>();
    for (Stage s : stages) {
      if (s instanceof ActorStage a) actors.add(a);
      if (s instanceof AttributionStage a) {
        attribution.add(a);
        lemmas.addAll(a.parseTriggerLemmas());
      }
      if (s instanceof EventStage e) {
        events.add(e);
        lemmas.addAll(e.parseTriggerLemmas());
      }
    }
    return tokens -> {
      for (AttributionStage a : attribution) if (a.needsParse(tokens)) return true;
      for (EventStage e : events) if (e.needsParse(tokens)) return true;
      if (!anyLemma(tokens, lemmas)) return false;
      for (ActorStage a : actors) if (a.namesCountryOrCapital(tokens)) return true;
      return false;
    };
  }

  private static boolean anyLemma(List<Token> tokens, Set<String> lemmas) {
    for (Token t : tokens) if (lemmas.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
    return false;
  }
}
