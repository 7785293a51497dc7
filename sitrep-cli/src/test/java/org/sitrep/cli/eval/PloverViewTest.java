package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventCode;
import org.sitrep.core.model.Modality;
import org.sitrep.core.model.Span;

class PloverViewTest {
  private static Event event(String type, Modality modality) {
    return new Event(new EventCode(type, null, "030", 4.0, null), List.of(), List.of(), null, null, null, null, modality, -1,
        null, new Span(0, 6), new Span(0, 20), 0.5);
  }

  @Test
  void deniedAcceptanceIsPloversReject() {
    assertEquals("REJECT", EventEvaluation.ploverView(event("AGREE", Modality.NEGATED)));
    assertEquals("REJECT", EventEvaluation.ploverView(event("CONSULT", Modality.NEGATED)));
  }

  @Test
  void deniedAttackStaysAnAttack() {
    assertEquals("ASSAULT", EventEvaluation.ploverView(event("ASSAULT", Modality.NEGATED)));
  }

  @Test
  void announcedAttackIsPloversThreat() {
    assertEquals("THREATEN", EventEvaluation.ploverView(event("ASSAULT", Modality.FUTURE)));
  }
}
