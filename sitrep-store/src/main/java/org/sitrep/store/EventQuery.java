package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which stored events to list: every non-null field must match. {@code type} and {@code modality} exactly (PLOVER
 * type, modality label); {@code country} an ISO code, alpha-2 for the place, alpha-3 for any actor or recipient;
 * {@code actor} and {@code place} a case-insensitive part of the first actor's or recipient's name, of the place name;
 * {@code from}/{@code to} an inclusive day range the event's dates overlap; {@code text} words that the article's
 * title or text must all contain.
 */
public record EventQuery(String type, String modality, String country, String actor, String place, LocalDate from,
    LocalDate to, String text, int limit, int offset) {
  public EventQuery {
    Paging.check(limit, offset);
  }

  /** All events, first page. */
  public static EventQuery all(int limit) {
    return new EventQuery(null, null, null, null, null, null, null, null, limit, 0);
  }
}
