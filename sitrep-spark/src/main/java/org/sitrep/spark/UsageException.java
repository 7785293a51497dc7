package org.sitrep.spark;

/** A command-line mistake: the job did not start; the message says which option and what was expected. */
final class UsageException extends RuntimeException {
  UsageException(String message) { super(message); }
}
