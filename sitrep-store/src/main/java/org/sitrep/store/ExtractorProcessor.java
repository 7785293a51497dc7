package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.json.ExtractionJson;
import org.sitrep.core.model.Article;

/** The real processor: runs the standard extraction and writes its output object. Thread-safe as the extractor is. */
public final class ExtractorProcessor implements ArticleProcessor {
  private final Extractor extractor;
  private final ExtractionJson json;

  public ExtractorProcessor(Extractor extractor) {
    this.extractor = extractor;
    this.json = new ExtractionJson(new ObjectMapper());
  }

  @Override
  public ObjectNode process(Article article) {
    return json.write(extractor.extract(article));
  }
}
