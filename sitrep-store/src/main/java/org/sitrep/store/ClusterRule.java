package org.sitrep.store;

/**
 * When two events are reports of the same event. Both are of one PLOVER type, with the same modality or one asserted
 * and one future (an announcement and the report of what it announced); not a call and a meeting in person (CAMEO
 * 041 against 040, 042-044); both are dated no vaguer than {@code maxSpanDays}; they do not clash in place (when both
 * are placed: within {@code km}, or the same country / admin1 when one place is a country or a region; a
 * country-level place of talk clashes with nothing) nor in actor or recipient countries. And they are close in time and
 * something ties them together:
 * <ul>
 *   <li>time: dates overlap, where a date taken from the article's publication (the report gives none) may lag the
 *       event by up to {@code days}; dates the reports state may be {@code days} apart only for events at precise places
 *       within {@code km} with an actor country in common (one shelling told "on Saturday" and "overnight");
 *   <li>tie: precise places (finer than a region) within {@code km}; or, both placed, an actor country in common; or
 *       names alike: the TF-IDF cosine of the names in the two evidence sentences ({@link EventNames}) at least
 *       {@code minNameSimilarity}, one of the shared names carried by at most {@code maxNameShare} of the store's
 *       events (or two). A country-level place alone ties nothing: it is mostly where the speaker sits. Talk (CAMEO
 *       verbal cooperation or conflict: meetings, calls, agreements, demands) is tied by names only: two meetings in
 *       one capital on one day are told apart by who met, not where.
 * </ul>
 */
public record ClusterRule(int days, double km, int maxSpanDays, double minNameSimilarity, double maxNameShare) {
  /**
   * A day's lag or gap, 50 km, single-day dates only, names cosine 0.25 with a shared name in at most 5% of events.
   * Chosen on docs/eval/clustering-dev.tsv; the month-long dates and the day's gap between any stated dates of the
   * first rule chained unrelated meetings. Names keep only capitalised words, so vectors are shorter than they were
   * when 0.3 was chosen; on dev 0.2 to 0.25 add one right pair (a shelling told by two releases) and no wrong one.
   */
  public static final ClusterRule DEFAULT = new ClusterRule(1, 50, 1, 0.25, 0.05);

  public ClusterRule {
    if (days < 0) throw new IllegalArgumentException("days must not be negative, got " + days);
    if (!(km >= 0)) throw new IllegalArgumentException("km must not be negative, got " + km);
    if (maxSpanDays < 1) throw new IllegalArgumentException("maxSpanDays must be at least 1, got " + maxSpanDays);
    if (!(minNameSimilarity >= 0 && minNameSimilarity <= 1)) {
      throw new IllegalArgumentException("minNameSimilarity must be within 0..1, got " + minNameSimilarity);
    }
    if (!(maxNameShare >= 0 && maxNameShare <= 1)) {
      throw new IllegalArgumentException("maxNameShare must be within 0..1, got " + maxNameShare);
    }
  }
}
