package org.sitrep.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

class EventStageTest {
  private static final EventStage STAGE = new EventStage();

  /** Builds the layers of earlier stages by hand: entities as (mention, country, sector) triples, places by name. */
  private static final class Layering {
    final String text;
    final List<Entity> entities = new ArrayList<>();
    final List<Place> places = new ArrayList<>();
    final List<TimeExpression> times = new ArrayList<>();

    Layering(String text) { this.text = text; }

    Span span(String mention) {
      int at = text.indexOf(mention);
      assertTrue(at >= 0, mention);
      return new Span(at, at + mention.length());
    }

    Layering actor(String mention, EntityType type, String name, String country, String sector) {
      entities.add(new Entity(span(mention), mention, type, new Actor(span(mention), mention, name, country, sector, null), false));
      return this;
    }

    Layering place(String mention, String featureCode) {
      places.add(new Place(span(mention), mention, mention, 50, 30, "UA", null, null, featureCode));
      return this;
    }

    Layering time(String mention, String value) {
      times.add(new TimeExpression(span(mention), mention, value, org.sitrep.core.model.Granularity.DAY, true, null, null, false));
      return this;
    }

    List<Event> events() {
      Doc doc = NlpFixture.parse(text).with(Layers.ENTITIES, entities).with(Layers.PLACES, places).with(Layers.TIMES, times)
          .with(Layers.STATEMENTS, List.of());
      return STAGE.apply(doc).get(Layers.CODED_EVENTS);
    }
  }

  private static Event only(List<Event> events, String text, String trigger) {
    List<Event> hits = events.stream().filter(e -> e.trigger().coveredText(text).equals(trigger)).toList();
    assertEquals(1, hits.size(), () -> "events for '" + trigger + "': " + describe(events, text));
    return hits.get(0);
  }

  private static String describe(List<Event> events, String text) {
    StringBuilder sb = new StringBuilder();
    for (Event e : events) {
      sb.append("\n  ").append(e.trigger().coveredText(text)).append(' ').append(e.code()).append(" actors=")
          .append(e.actors().stream().map(Actor::name).toList()).append(" recipients=").append(e.recipients().stream().map(Actor::name).toList())
          .append(" at=").append(e.location() == null ? null : e.location().name()).append('/').append(e.locationLevel());
    }
    return sb.toString();
  }

  @Test
  void nominalDroneAttackIsAssaultDroneAndAcledAirDroneStrike() {
    String text = "Ukraine carried out a drone attack on a refinery in Belgorod on Tuesday.";
    List<Event> events = new Layering(text).actor("Ukraine", EntityType.GPE, "Ukraine", "UKR", "GOV").place("Belgorod", "PPLA")
        .time("Tuesday", "2023-05-30").events();
    Event e = only(events, text, "drone attack");
    assertEquals(new Span(22, 34), e.trigger());
    assertEquals("ASSAULT", e.code().plover());
    assertEquals("drone", e.code().mode());
    assertEquals("195", e.code().cameo());
    assertEquals(-10.0, e.code().goldstein());
    assertEquals("Explosions/Remote violence", e.code().acled().eventType());
    assertEquals("Air/drone strike", e.code().acled().subEventType());
    assertEquals("UKR", e.actors().get(0).country());
    assertEquals("refinery", e.recipients().get(0).text());
    assertEquals("Belgorod", e.location().text());
    assertEquals("clause", e.locationLevel());
    assertEquals("2023-05-30", e.time().value());
    assertEquals(1, events.size(), describe(events, text));
  }
}
