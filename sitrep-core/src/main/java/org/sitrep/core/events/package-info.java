/**
 * Event detection and coding. {@link org.sitrep.core.events.EventStage} reads SENTENCES, ENTITIES, PLACES, TIMES and
 * STATEMENTS and adds CODED_EVENTS: events found from trigger words (verbs, nominals such as "the shelling of", light
 * verb objects such as "carried out strikes", casualty reports), coded as PLOVER type and mode, CAMEO code with
 * Goldstein score and ACLED event / sub-event type, with actors and recipients mapped through ENTITIES, and location
 * and time from the event's clause, sentence or paragraph. Modality is left ASSERTED for the modality stage.
 *
 * <p>Loads from /sitrep/events/: cameo_codes.tsv, cameo_plover.tsv, plover_types.tsv, acled_types.tsv, acled_map.tsv
 * (code tables), triggers.tsv (trigger lexicon), weapons.tsv, light_verbs.tsv and comparison_markers.txt.
 */
package org.sitrep.core.events;
