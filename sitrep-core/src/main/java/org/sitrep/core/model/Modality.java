package org.sitrep.core.model;

import java.util.Locale;

/** Whether the text says an event happened. Only ASSERTED events are facts reported by the article. */
public enum Modality {
  ASSERTED, NEGATED, HYPOTHETICAL, INTENDED, FUTURE, GENERIC;

  public String label() { return name().toLowerCase(Locale.ROOT); }
}
