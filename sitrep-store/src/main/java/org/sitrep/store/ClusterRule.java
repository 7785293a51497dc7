package org.sitrep.store;

/**
 * When two events are reports of the same event: same PLOVER type and modality, dates within {@code days} of each
 * other (or overlapping intervals no longer than {@code maxSpanDays}), places within {@code km} (or the same
 * country / admin1 when one place is a country or a region), and no clash of actor or recipient countries.
 */
public record ClusterRule(int days, double km, int maxSpanDays) {
  /** ±1 day, 50 km, dates no vaguer than a month. */
  public static final ClusterRule DEFAULT = new ClusterRule(1, 50, 31);

  public ClusterRule {
    if (days < 0) throw new IllegalArgumentException("days must not be negative, got " + days);
    if (!(km >= 0)) throw new IllegalArgumentException("km must not be negative, got " + km);
    if (maxSpanDays < 1) throw new IllegalArgumentException("maxSpanDays must be at least 1, got " + maxSpanDays);
  }
}
