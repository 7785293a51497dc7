package org.sitrep.core.time;

/** How the resolver reads a pattern match; names are used in the kind column of patterns.tsv. */
enum MentionKind {
  /** "2023-06-04". */
  ISO_DATE,
  /** "June 4, 2023", "4 June", "Jan. 25, 2013": a day, year optional. */
  DATE,
  /** "between 3 and 5 May", "May 3-5". */
  DAY_RANGE,
  /** "late May", "mid-March 2022", "the end of May", "a day in late May". */
  PART_OF_MONTH,
  /** "on the 5th", "the 5th of this month": a day of the anchor's month or a neighbouring one. */
  DAY_OF_MONTH,
  /** "May 2023", "in May", "last May". */
  MONTH,
  /** "in 2014". */
  YEAR,
  /** "Tuesday", "last Friday". */
  WEEKDAY,
  /** "over the weekend", "last weekend": a Saturday and Sunday, chosen by tense as a weekday is. */
  WEEKEND,
  /** "yesterday", "tonight", "last night". */
  DEICTIC,
  /** "last week", "next month", "this year". */
  RELATIVE_PERIOD,
  /** "earlier this month", "later this year". */
  PERIOD_PART,
  /** "three days ago"; with a vague count ("a few days ago") a stretch of days. */
  AGO,
  /** "the past two days", "over the last three weeks": the stretch of that many units up to the day of writing. */
  PAST_STRETCH,
  /** "three days later", "two days after (the strike)", "the next day": relative to the previous resolved day. */
  CHAIN,
  /** "(for) three days": a length of time, not a date. */
  DURATION,
  /** "in recent years", "often", "every year": habitual or vague, never dates an event. */
  GENERIC,
  /** A CoreNLP DATE run no pattern explains ("the 1990s", "Ramadan"): kept, unresolved. */
  OTHER
}
