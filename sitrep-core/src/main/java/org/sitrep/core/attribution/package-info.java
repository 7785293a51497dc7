/**
 * Attribution: who said what. {@link org.sitrep.core.attribution.AttributionStage} reads SENTENCES (dependency arcs
 * where the cascade parsed) and ENTITIES (actors, metonymy) and adds STATEMENTS: for each reporting cue, the speaker
 * (its mention, resolved through pronouns and titles to an actor), the content spans, the medium, whether the
 * content is a direct quote, the stance (negation-aware) and the target. Loads {@code /sitrep/attribution/cues.tsv}
 * (cue lexicon, derived from the GenderGapTracker quote-verb list), {@code cues_polnear.tsv} (cue verbs counted in
 * PolNeAR's train split, by tools/derive_polnear_cues.py), {@code mental_verbs.txt} (belief and wish verbs, whose bare
 * object is never what was said), {@code media.txt} (medium nouns),
 * {@code content_predicates.tsv} (intention predicates) and {@code cue_tagger.tsv} (the weights of a statistical cue
 * tagger trained on PolNeAR's train split by {@code ./sitrep train attribution}: it adds cues the lexicon lacks, read by
 * the same speaker and content finders). Helpers are package-private: {@code CueLexicon},
 * {@code DependencyCues} (parsed sentences), {@code SurfaceCues} ("according to", "Name: ..." lines, signed quotations, unparsed sentences),
 * {@code Quotes}, {@code ContentEnds} (where reported content stops), {@code SpeakerResolver}, {@code StanceJudge},
 * {@code CueTagger} with {@code CueFeatures}; the public
 * {@code CueTaggerTrainer} learns the tagger's weights.
 */
package org.sitrep.core.attribution;
