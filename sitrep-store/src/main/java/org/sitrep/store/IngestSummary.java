package org.sitrep.store;

import java.util.List;

/**
 * What an ingest run did: articles read without error ({@code added} new plus {@code alreadyStored}), events and
 * statements of the new articles, and one message per failed record.
 */
public record IngestSummary(long articles, long added, long alreadyStored, long events, long statements,
    List<String> errors) {
  public IngestSummary {
    errors = List.copyOf(errors);
  }

  /** The summary line of CONTRACT.md. */
  public String line() {
    return "ingested " + articles + " articles (" + added + " new, " + alreadyStored + " already stored), " + events
        + " events, " + statements + " statements, " + errors.size() + " errors";
  }
}
