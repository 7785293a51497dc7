package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.Layers;

/** An event's place and date come from its own clause, not from a clause that tells something else. */
class EventSettingClauseTest {
  private static Event event(String text, String trigger) {
    List<Event> events = SharedExtractor.get().extract(Article.of("c", text, LocalDate.of(2025, 8, 11))).get(Layers.EVENTS);
    return events.stream().filter(e -> e.trigger().coveredText(text).equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in " + events));
  }

  @Test
  void aNominalEventIsWhereItsVerbSaysNotWhereAnAsClauseIs() {
    Event strikes = event("Israeli strikes killed at least 12 Palestinians across the Gaza Strip overnight, as mediators "
        + "pressed both sides to resume talks in Cairo.", "strikes");
    assertNotNull(strikes.location());
    assertEquals("Gaza Strip", strikes.location().text());
  }

  @Test
  void aRelativeClauseAboutTheActorDoesNotDateTheEvent() {
    Event shelled = event("The paramilitary forces, which have been at war with the army since April 2023, shelled a "
        + "camp near El Fasher on Sunday.", "shelled");
    assertNotNull(shelled.time());
    assertEquals("Sunday", shelled.time().text());
  }
}
