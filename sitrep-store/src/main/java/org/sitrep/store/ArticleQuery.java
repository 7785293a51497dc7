package org.sitrep.store;

import java.time.LocalDate;

/** Which stored articles to list: words the title or text must contain, and an inclusive publication date range. */
public record ArticleQuery(String text, LocalDate from, LocalDate to, int limit, int offset) {
  public ArticleQuery {
    Paging.check(limit, offset);
  }
}
