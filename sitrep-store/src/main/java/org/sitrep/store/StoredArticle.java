package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.core.model.Article;

/**
 * A stored article: its ingest-order key, the article, its extract object, and for each event (by index into the
 * object's "events") the stored event key and cross-article cluster id (null until clustered).
 */
public record StoredArticle(long pk, Article article, ObjectNode extraction, List<EventRef> events) {
  public StoredArticle {
    events = List.copyOf(events);
  }

  /** Event {@code idx} of the extract object, its row key, and its cluster id (nullable). */
  public record EventRef(int idx, long eventPk, Long cluster) {}

  /** The cluster of event {@code idx}, or null. */
  public Long clusterOf(int idx) {
    for (EventRef r : events) if (r.idx() == idx) return r.cluster();
    return null;
  }
}
