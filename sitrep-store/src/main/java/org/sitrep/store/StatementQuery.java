package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which stored statements to list: {@code speaker} a case-insensitive part of the speaker's name, {@code stance} a
 * stance label exactly, {@code actor} a case-insensitive part of the speaker's or the target's name, {@code from}/
 * {@code to} an inclusive range of the article's publication date, {@code text} words that the article's title or
 * text must all contain.
 */
public record StatementQuery(String speaker, String stance, String actor, LocalDate from, LocalDate to, String text,
    int limit, int offset) {
  public StatementQuery {
    Paging.check(limit, offset);
  }

  /** By speaker, stance and date only. */
  public StatementQuery(String speaker, String stance, LocalDate from, LocalDate to, int limit, int offset) {
    this(speaker, stance, null, from, to, null, limit, offset);
  }
}
