package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A coded event. {@code location}/{@code time} are nullable; {@code locationLevel}/{@code timeLevel} say where they
 * came from ("clause", "sentence", "context": an earlier sentence of its paragraph, "dateline": the dateline opening
 * its paragraph, "publication"). {@code reportedBy} is the index into the statements
 * layer of the statement that reports the event (-1 when the article itself asserts it) and {@code reporter} that
 * statement's speaker (nullable). Every event keeps its evidence: the trigger and its sentence.
 */
public record Event(EventCode code, List<Actor> actors, List<Actor> recipients,
                    Place location, String locationLevel, TimeExpression time, String timeLevel,
                    Modality modality, int reportedBy, Actor reporter,
                    Span trigger, Span sentence, double confidence) {
  public Event {
    Objects.requireNonNull(code, "event code");
    Objects.requireNonNull(modality, "event modality");
    Objects.requireNonNull(trigger, "event trigger");
    Objects.requireNonNull(sentence, "event sentence");
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("event confidence " + confidence + " outside 0..1");
  }
}
