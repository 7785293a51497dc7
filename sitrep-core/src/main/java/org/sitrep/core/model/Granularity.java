package org.sitrep.core.model;

/** How precise a time value is; "part-of-month" covers "late May" (an interval inside a month). */
public enum Granularity {
  DAY("day"), PART_OF_MONTH("part-of-month"), WEEK("week"), MONTH("month"), QUARTER("quarter"), YEAR("year"),
  DECADE("decade"), INTERVAL("interval"), DURATION("duration"), UNKNOWN("unknown");

  private final String label;

  Granularity(String label) { this.label = label; }

  public String label() { return label; }
}
