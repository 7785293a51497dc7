package org.sitrep.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression and its value. {@code value} follows the contract: "YYYY-MM-DD", "YYYY-MM", "YYYY",
 * "start/end" for intervals, or null when unresolved. {@code start}/{@code end} are the first and last day covered
 * (both null when unresolved). {@code generic} marks habitual or vague expressions ("in recent years") that must
 * never date a specific event.
 */
public record TimeExpression(Span span, String text, String value, Granularity granularity, boolean resolved,
                             LocalDate start, LocalDate end, boolean generic) {
  public TimeExpression {
    Objects.requireNonNull(span, "time span");
    Objects.requireNonNull(granularity, "time granularity");
    if (resolved && value == null) throw new IllegalArgumentException("time '" + text + "' is resolved but has no value");
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("time '" + text + "' ends " + end + " before it starts " + start);
    }
  }
}
