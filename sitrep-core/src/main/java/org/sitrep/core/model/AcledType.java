package org.sitrep.core.model;

import java.util.Objects;

/** An ACLED event type and sub-event type, spelt as in the ACLED codebook. */
public record AcledType(String eventType, String subEventType) {
  public AcledType {
    Objects.requireNonNull(eventType, "ACLED event type");
  }
}
