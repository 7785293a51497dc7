/**
 * Event modality and reporting. {@link org.sitrep.core.modality.ModalityStage} reads CODED_EVENTS, SENTENCES,
 * STATEMENTS and TIMES and adds EVENTS: each coded event marked asserted, negated ("denied attacking"), hypothetical
 * (questions, "if", "could", "the possibility of"), intended ("plans to"), future ("will", "next week") or generic
 * ("in recent years", "repeated"), with the statement that reports it and that statement's speaker.
 *
 * <p>Loads from /sitrep/modality/: negators.txt, negating_predicates.txt, hypothetical_markers.txt,
 * intention_verbs.txt, future_markers.txt, generic_markers.txt, support_verbs.txt, nonspecific_determiners.txt.
 */
package org.sitrep.core.modality;
