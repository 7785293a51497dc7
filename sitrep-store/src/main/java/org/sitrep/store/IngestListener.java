package org.sitrep.store;

/** Hears how an ingest run goes, for progress bars and error reports. Called from the thread that runs the ingest. */
public interface IngestListener {
  IngestListener NONE = new IngestListener() {};

  /** Before the first record: how many records the input holds. */
  default void started(long records) {}

  /** One more record is done (stored, already there, or failed). */
  default void step() {}

  /** A record failed; the message names where ("file:line") and what was wrong. */
  default void failed(String message) {}
}
