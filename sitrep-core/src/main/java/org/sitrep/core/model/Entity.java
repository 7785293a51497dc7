package org.sitrep.core.model;

import java.util.Objects;

/**
 * A mention of a named or describable participant: its span, covered text and type, plus the actor it stands for
 * (nullable: "Poland" in a list of neighbours is a GPE but acts on nothing). {@code metonymy} marks a place name
 * used for its government ("Kyiv confirmed", "relations with Moscow"): an actor, not a place, so geoparsing skips it.
 */
public record Entity(Span span, String text, EntityType type, Actor actor, boolean metonymy) {
  public Entity {
    Objects.requireNonNull(span, "entity span");
    Objects.requireNonNull(text, "entity text");
    Objects.requireNonNull(type, "entity type");
  }
}
