package org.sitrep.spark;

/** What a run produced, for the one line the job prints at the end and for its exit code. */
record JobSummary(long articles, long errors, long events, long statements, String out) {
  String line() {
    return "extracted " + articles + " articles (" + errors + " failed), " + events + " events, " + statements
        + " statements into " + out;
  }
}
