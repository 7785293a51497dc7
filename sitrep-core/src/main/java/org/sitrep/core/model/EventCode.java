package org.sitrep.core.model;

import java.util.Objects;

/**
 * How an event is coded in the three vocabularies analysts load: PLOVER event type and mode (mode nullable),
 * CAMEO code as a string (keeps "010") with its Goldstein score, and the ACLED type (nullable: cooperation and
 * verbal events have none).
 */
public record EventCode(String plover, String mode, String cameo, double goldstein, AcledType acled) {
  public EventCode {
    Objects.requireNonNull(plover, "PLOVER event type");
    Objects.requireNonNull(cameo, "CAMEO code");
    if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("Goldstein score " + goldstein + " outside -10..10");
  }

  public EventCode withMode(String newMode) { return new EventCode(plover, newMode, cameo, goldstein, acled); }
}
