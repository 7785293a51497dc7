package org.sitrep.core.actors;

/**
 * A country of the country table: ISO 3166 alpha-3 and alpha-2 codes and its usual English name; or an organisation
 * of the organisations table, with the pseudo-code IGO or NGO and no alpha-2 code.
 */
record Country(String iso3, String iso2, String name) {}
