package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.Layers;

/**
 * "Fired on the site" is an attack on it even when no weapon is named, as "fired at" already was; a fired employee is
 * still no event.
 */
class FiringOnTargetTest {
  private static List<Event> assaults(String text) {
    List<Event> events = SharedExtractor.get().extract(Article.of("fire", text, LocalDate.of(2024, 4, 10))).get(Layers.EVENTS);
    return events.stream().filter(e -> "ASSAULT".equals(e.code().plover())).toList();
  }

  @Test
  void troopsFiringOnASiteAttackIt() {
    String text = "Russian troops fired on the nuclear plant on Sunday.";
    List<Event> found = assaults(text);
    assertEquals(1, found.size(), found.toString());
    Event e = found.get(0);
    assertTrue(e.actors().stream().anyMatch(a -> "RUS".equals(a.country())), e.actors().toString());
    assertTrue(e.recipients().stream().anyMatch(a -> a.text().contains("plant")), e.recipients().toString());
  }

  @Test
  void anAdverbQuotedOrNotDoesNotBreakFiringAt() {
    String text = "Putin said Ukraine's forces were firing \"indiscriminately\" at civilian buildings.";
    List<Event> found = assaults(text);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).actors().stream().anyMatch(a -> "UKR".equals(a.country())), found.get(0).actors().toString());
  }

  @Test
  void rocketsCountedByAQuantityAreTheWeapon() {
    String text = "Hezbollah said it fired dozens of Katyusha rockets toward an Israeli army base.";
    List<Event> found = assaults(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("194", found.get(0).code().cameo(), found.get(0).toString());
  }

  @Test
  void aFiredManagerIsNoAttack() {
    assertEquals(List.of(), assaults("The company fired its manager on Monday."));
  }
}
