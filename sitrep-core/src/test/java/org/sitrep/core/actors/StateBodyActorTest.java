package org.sitrep.core.actors;

import static org.sitrep.core.actors.ActorStageTest.assertActor;
import static org.sitrep.core.actors.ActorStageTest.at;
import static org.sitrep.core.actors.ActorStageTest.entities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Entity;

/** Security, intelligence and military bodies that reports name without their country still carry it. */
class StateBodyActorTest {
  @Test
  void securityServicesByTheirAbbreviations() {
    String text = "The FSB said it had detained a saboteur, while the SBU said the man was a Russian agent.";
    List<Entity> es = entities(text);
    assertActor(at(es, text, "FSB"), "RUS", "SPY");
    assertActor(at(es, text, "SBU"), "UKR", "SPY");
  }

  @Test
  void armedForcesByTheirAbbreviation() {
    String text = "The IDF said its aircraft struck a weapons depot.";
    assertActor(at(entities(text), text, "IDF"), "ISR", "MIL");
  }
}
