package org.sitrep.cli;

/** The command line asked for something impossible (a missing input file, a bad option value). */
final class UsageException extends RuntimeException {
  UsageException(String message) { super(message); }
}
