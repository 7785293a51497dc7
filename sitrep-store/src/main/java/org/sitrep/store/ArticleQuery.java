package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which stored articles to list: words the title or text must contain, an inclusive publication date range, and
 * optionally what an event reported in the article must be: {@code type} a PLOVER type exactly, {@code actor} and
 * {@code place} case-insensitive parts of an actor's or recipient's name, of the place name.
 */
public record ArticleQuery(String text, LocalDate from, LocalDate to, String type, String actor, String place,
    int limit, int offset) {
  public ArticleQuery {
    Paging.check(limit, offset);
  }

  /** By text and publication date only. */
  public ArticleQuery(String text, LocalDate from, LocalDate to, int limit, int offset) {
    this(text, from, to, null, null, null, limit, offset);
  }
}
