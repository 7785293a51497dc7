package org.sitrep.core.model;

import java.util.Objects;

/**
 * Who acts, speaks or is acted on: a mention (nullable span and text when inferred, e.g. a resolved pronoun's
 * referent), a canonical name, an ISO 3166 alpha-3 country (nullable when unknown, "IGO" style codes allowed for
 * international bodies), a PLOVER/CAMEO sector code such as GOV, MIL, REB, CVL (nullable) and a role such as
 * "defence minister" (nullable).
 */
public record Actor(Span span, String text, String name, String country, String sector, String role) {
  public Actor {
    Objects.requireNonNull(name, "actor name");
  }

  public Actor withMention(Span newSpan, String newText) {
    return new Actor(newSpan, newText, name, country, sector, role);
  }
}
