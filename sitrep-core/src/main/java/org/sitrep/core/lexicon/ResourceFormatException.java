package org.sitrep.core.lexicon;

/** A bundled resource file is missing or malformed; the message names resource and line. */
public final class ResourceFormatException extends RuntimeException {
  public ResourceFormatException(String message) { super(message); }

  public ResourceFormatException(String message, Throwable cause) { super(message, cause); }
}
