package org.sitrep.core.model;

import java.util.Locale;

/** What a speaker does with the content of a statement. */
public enum Stance {
  ASSERT, DENY, REJECT, ACCUSE, CONFIRM, INTEND, WARN, DEMAND, APPEAL, PROMISE, QUESTION, PRAISE, CRITICIZE,
  /** The cue itself is negated: "did not confirm the loss", "would not say when": the speaker takes no side. */
  DECLINE;

  public String label() { return name().toLowerCase(Locale.ROOT); }
}
