package org.sitrep.store;

/** The bounds every listing shares: a page holds 1 to {@link ResultPage#MAX_LIMIT} rows from a non-negative offset. */
final class Paging {
  private Paging() {}

  static void check(int limit, int offset) {
    if (limit < 1 || limit > ResultPage.MAX_LIMIT) {
      throw new IllegalArgumentException("limit is " + limit + ", expected 1 to " + ResultPage.MAX_LIMIT);
    }
    if (offset < 0) throw new IllegalArgumentException("offset is " + offset + ", expected 0 or more");
  }
}
