package org.sitrep.core.pipeline;

/** Input that cannot be processed; the message names the article or file and line and what was expected. */
public final class BadInputException extends RuntimeException {
  public BadInputException(String message) { super(message); }

  public BadInputException(String message, Throwable cause) { super(message, cause); }
}
