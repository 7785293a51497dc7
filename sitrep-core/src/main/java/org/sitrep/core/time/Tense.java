package org.sitrep.core.time;

/** The tense around a time expression: which way a year-less month or a bare weekday points from the anchor. */
enum Tense {
  /** Past or perfect verbs ("struck", "has been killed"): look back from the anchor. */
  PAST,
  /** Present or no clear verb: take the nearest sensible date. */
  PRESENT,
  /** "will", "shall", "is going to": look forward from the anchor. */
  FUTURE
}
