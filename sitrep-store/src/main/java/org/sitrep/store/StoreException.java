package org.sitrep.store;

/**
 * The store is missing, broken, foreign (another program's database) or unreachable. The message names the database
 * and says what was expected; the command line maps it to exit code 3.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) { super(message); }

  public StoreException(String message, Throwable cause) { super(message, cause); }
}
