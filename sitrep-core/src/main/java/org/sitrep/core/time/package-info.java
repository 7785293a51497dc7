/**
 * Time expressions: Sitrep's own recogniser (patterns and word lists, with CoreNLP's DATE tags as a second signal)
 * and resolver, anchored on the publication date or the dateline, never on the clock. Reads SENTENCES; adds TIMES.
 * Loads {@code /sitrep/time/}: patterns.tsv, months.tsv, weekdays.tsv, number_words.tsv, vague_counts.tsv, parts_of_month.tsv,
 * deictic_days.tsv, time_units.tsv, relative_words.tsv, generic_markers.tsv, pattern_words.txt.
 */
package org.sitrep.core.time;
