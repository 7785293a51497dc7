package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Who said what. {@code speaker} is the mention in the text (possibly a pronoun or "Kyiv") carrying the resolved
 * actor's name, country, sector and role; nullable for impersonal reports ("it was reported"). {@code cue} is the
 * reporting word ("stated", "according to"); {@code content} one or more spans of what was said; {@code medium}
 * where it was said (nullable); {@code target} whom it is about (nullable).
 */
public record Statement(Actor speaker, Span cue, String cueLemma, List<Span> content, Span medium, boolean direct,
                        Stance stance, Actor target) {
  public Statement {
    Objects.requireNonNull(cue, "statement cue");
    Objects.requireNonNull(stance, "statement stance");
    content = List.copyOf(content);
  }
}
