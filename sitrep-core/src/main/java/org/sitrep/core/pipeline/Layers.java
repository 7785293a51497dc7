package org.sitrep.core.pipeline;

import java.util.List;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;

/** The closed set of layers a {@link Doc} can carry, in the order the standard pipeline adds them. */
public final class Layers {
  private Layers() {}

  /** Sentences with tokens (lemma, tag, NER) and, for cascade-selected sentences, dependency arcs. */
  public static final Layer<List<Sentence>> SENTENCES = list("SENTENCES");
  /** Named and described participants, with their actor and metonymy flag. */
  public static final Layer<List<Entity>> ENTITIES = list("ENTITIES");
  /** Toponyms resolved to real places. */
  public static final Layer<List<Place>> PLACES = list("PLACES");
  /** Time expressions normalised against the publication date. */
  public static final Layer<List<TimeExpression>> TIMES = list("TIMES");
  /** Who said what: attributed statements. */
  public static final Layer<List<Statement>> STATEMENTS = list("STATEMENTS");
  /** Events found and coded from triggers, with participants, place and time, before modality is judged. */
  public static final Layer<List<Event>> CODED_EVENTS = list("CODED_EVENTS");
  /** The final events: coded events with modality and the statement that reports them. */
  public static final Layer<List<Event>> EVENTS = list("EVENTS");

  @SuppressWarnings("unchecked")
  private static <T> Layer<List<T>> list(String name) {
    return (Layer<List<T>>) (Layer<?>) new Layer<List<?>>(name, List.class);
  }
}
