package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which stored statements to list: {@code speaker} a case-insensitive part of the speaker's name, {@code stance} a
 * stance label exactly, {@code from}/{@code to} an inclusive range of the article's publication date.
 */
public record StatementQuery(String speaker, String stance, LocalDate from, LocalDate to, int limit, int offset) {
  public StatementQuery {
    Paging.check(limit, offset);
  }
}
