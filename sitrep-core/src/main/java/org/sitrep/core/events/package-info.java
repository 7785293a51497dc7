/**
 * Event detection and coding. {@link org.sitrep.core.events.EventStage} reads SENTENCES, ENTITIES, PLACES, TIMES and
 * STATEMENTS and adds CODED_EVENTS: events found from trigger words (verbs, nominals such as "the shelling of", light
 * verb objects such as "carried out strikes", casualty reports), coded as PLOVER type and mode, CAMEO code with
 * Goldstein score and ACLED event / sub-event type, with actors and recipients mapped through ENTITIES, and location
 * and time from the event's clause, sentence or paragraph. Participants without a country take the one the sentence,
 * the event's place or the article's dateline gives them. Modality is left ASSERTED for the modality stage.
 * {@link org.sitrep.core.events.CandidateFolding} folds a sentence's triggers that tell one event into one (a casualty
 * report into its attack, raids into the arrests they made, a demand's content into the demand).
 *
 * <p>Loads from /sitrep/events/: cameo_codes.tsv, cameo_plover.tsv, plover_types.tsv, acled_types.tsv, acled_map.tsv
 * (code tables), triggers.tsv (trigger lexicon), weapons.tsv, light_verbs.tsv, collective_heads.txt,
 * comparison_markers.txt and frame_nouns.txt (nouns a trigger noun may modify and still name the event),
 * happening_nouns.txt (nouns that name what happens, never an actor: "the war has killed"),
 * oblique_non_participants.txt (reasons and bases: "on suspicion of", "at the request of"); and, from /sitrep/modality/,
 * definite_determiners.txt (the words by which "the attack" points back at an attack already told).
 */
package org.sitrep.core.events;
