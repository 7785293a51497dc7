package org.sitrep.core.actors;

import org.sitrep.core.model.EntityType;

/**
 * A candidate entity inside one sentence: tokens {@code from}..{@code to} inclusive, its type, and, when the words are
 * a country name, demonym or capital, the country and which of those it is (both null otherwise).
 */
record Mention(int from, int to, EntityType type, Country country, CountryLexicon.Kind kind) {
  boolean isCountryOrCapital() {
    return kind == CountryLexicon.Kind.COUNTRY || kind == CountryLexicon.Kind.CAPITAL;
  }

  boolean isOrganisation() {
    return kind == CountryLexicon.Kind.ORGANISATION;
  }
}
