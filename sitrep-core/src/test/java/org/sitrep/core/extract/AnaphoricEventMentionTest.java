package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.Layers;

/** "The attack" after an attack was reported is that attack again, not a second one without actors. */
class AnaphoricEventMentionTest {
  private static List<String> assaultTriggers(String text) {
    List<Event> events = SharedExtractor.get().extract(Article.of("back", text, LocalDate.of(2024, 7, 9))).get(Layers.EVENTS);
    return events.stream().filter(e -> "ASSAULT".equals(e.code().plover())).map(e -> e.trigger().coveredText(text)).toList();
  }

  @Test
  void theAttackAfterAReportedShellingIsThatShelling() {
    assertEquals(List.of("shelled"), assaultTriggers(
        "Russian forces shelled the city of Kherson overnight. A hospital was damaged in the attack."));
  }

  @Test
  void aFirstDefiniteMentionIsStillAnEvent() {
    assertEquals(List.of("attack"), assaultTriggers("A hospital was damaged in the attack."));
  }

  @Test
  void aDefiniteMentionWithItsOwnTargetIsAnotherEvent() {
    List<String> found = assaultTriggers("Russian forces shelled Kherson overnight. The attack on Odesa killed two people.");
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void anAttackNamedAsWhatSomethingWasIsNoNewAttack() {
    List<String> found = assaultTriggers("Israeli airstrikes killed 27 people on Tuesday. Hamas said the strikes were a massacre.");
    assertEquals(false, found.contains("massacre"), found.toString());
    assertEquals(List.of(), assaultTriggers("This is a reckless attack, the spokesman said."));
  }
}
