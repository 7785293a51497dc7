package org.sitrep.server;

import java.util.Objects;
import org.sitrep.store.ArticleProcessor;
import org.sitrep.store.Store;

/**
 * What {@code POST /api/articles} needs: the bearer token a caller must present, the store to write to, how an article
 * becomes an extract object, and the largest request body accepted. A server built without one is read-only.
 */
public record IntakeConfig(String token, Store store, ArticleProcessor processor, int maxArticleBytes) {
  /** Shorter tokens can be guessed by trying. */
  public static final int MIN_TOKEN_LENGTH = 16;
  /** A long article is some 100 KB; a megabyte leaves room and still stops a client from filling memory. */
  public static final int DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

  public IntakeConfig {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(processor, "processor");
    if (token.strip().length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("the token is " + token.strip().length() + " characters long, expected at least "
          + MIN_TOKEN_LENGTH);
    }
    if (maxArticleBytes < 1) throw new IllegalArgumentException("maxArticleBytes must be positive, got " + maxArticleBytes);
  }

  public IntakeConfig(String token, Store store, ArticleProcessor processor) {
    this(token, store, processor, DEFAULT_MAX_ARTICLE_BYTES);
  }

  @Override
  public String toString() { return "IntakeConfig[token=(hidden), store=" + store.location() + "]"; }
}
