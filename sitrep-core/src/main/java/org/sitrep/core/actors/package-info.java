/**
 * The actors stage: who the participants of an article are. Reads SENTENCES (tokens with CoreNLP's coarse NER tags,
 * and dependency arcs where the sentence was parsed); adds ENTITIES: persons, organisations, places, nationalities
 * and unnamed groups ("Ukrainian troops", "Russian-backed forces"), each with the actor it stands for (name, ISO 3166
 * alpha-3 country, PLOVER/CAMEO sector, role) where it can act, and a metonymy flag on capitals and country names
 * used for their governments ("Kyiv confirmed", "relations with Moscow"), which geoparsing skips.
 *
 * <p>Loads, once in the constructor: {@code /sitrep/actors/countries.tsv} (names, variants, demonyms, capitals),
 * {@code /sitrep/actors/agents.tsv} (titles, groups and institutions with their sector, derived from the MIT-licensed
 * Phoenix/PLOVER agent dictionaries) and {@code /sitrep/actors/metonymy_cues.tsv} (place and government cue words).
 * Public surface: {@link org.sitrep.core.actors.ActorStage} only.
 */
package org.sitrep.core.actors;
