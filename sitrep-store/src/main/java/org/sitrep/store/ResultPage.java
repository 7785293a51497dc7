package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of a listing: the rows as JSON objects and how many rows match in all. */
public record ResultPage(long total, int limit, int offset, List<ObjectNode> items) {
  /** The most rows one page may hold. */
  public static final int MAX_LIMIT = 1000;

  public ResultPage {
    items = List.copyOf(items);
  }
}
