package org.sitrep.core.model;

import java.util.Locale;

/** What a speaker does with the content of a statement. */
public enum Stance {
  ASSERT, DENY, REJECT, ACCUSE, CONFIRM, INTEND, WARN, DEMAND, APPEAL, PROMISE, QUESTION, PRAISE, CRITICIZE;

  public String label() { return name().toLowerCase(Locale.ROOT); }
}
