package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.core.model.Article;

/**
 * Turns an article into the extract output object of CONTRACT.md. The real one is {@link ExtractorProcessor}; tests
 * pass a fake so that store tests need no CoreNLP. Must be thread-safe: ingest calls it from several threads.
 * Throws {@link org.sitrep.core.pipeline.BadInputException} (or any runtime exception) for an article it refuses.
 */
@FunctionalInterface
public interface ArticleProcessor {
  ObjectNode process(Article article);
}
