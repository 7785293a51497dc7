package org.sitrep.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as it came in. {@code published} anchors relative dates and is nullable: without it,
 * "yesterday" stays unresolved. Optional metadata fields are nullable.
 */
public record Article(String id, String text, LocalDate published, String title, String source, String url, String lang) {
  public Article {
    Objects.requireNonNull(id, "article id");
    Objects.requireNonNull(text, "article text");
  }

  public static Article of(String id, String text, LocalDate published) {
    return new Article(id, text, published, null, null, null, null);
  }
}
