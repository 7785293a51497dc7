package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Modality;
import org.sitrep.core.pipeline.Layers;

/**
 * Short news reports we wrote in the style of wire copy (src/test/resources/sitrep/events/unseen/: Sudan, Gaza, the
 * Ukrainian front line, a diplomatic meeting), coded end to end. Each test checks one kind of error seen on articles
 * outside our data sets: one-sided attacks coded as battles, demanded or planned acts taken for facts, casualty
 * participles split from their attack, a gerund taken for an actor, habitual events taken for dated ones.
 */
class UnseenReportsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

  private record Coded(String text, List<Event> events) {
    Event one(String trigger) {
      List<Event> hits = events.stream().filter(e -> e.trigger().coveredText(text).equals(trigger)).toList();
      assertEquals(1, hits.size(), () -> "events for '" + trigger + "':" + describe());
      return hits.get(0);
    }

    boolean has(String trigger) { return events.stream().anyMatch(e -> e.trigger().coveredText(text).equals(trigger)); }

    String describe() {
      return events.stream().map(e -> "\n  " + e.trigger().coveredText(text) + " " + e.code() + " " + e.modality()
          + " actors=" + e.actors().stream().map(Coded::actor).toList()
          + " recipients=" + e.recipients().stream().map(Coded::actor).toList()
          + " at=" + (e.location() == null ? null : e.location().text())
          + " on=" + (e.time() == null ? null : e.time().value())).collect(Collectors.joining());
    }

    private static String actor(Actor a) { return (a.text() != null ? a.text() : a.name()) + "/" + a.country() + "/" + a.sector(); }
  }

  private static Coded coded(String file) {
    String text = read("/sitrep/events/unseen/" + file).strip();
    return new Coded(text, SharedExtractor.get().extract(Article.of(file, text, PUBLISHED)).get(Layers.EVENTS));
  }

  private static String read(String resource) {
    try (InputStream in = UnseenReportsTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean recipient(Event e, String text) {
    return e.recipients().stream().anyMatch(a -> text.equals(a.text()));
  }

  @Test
  void attackOnADisplacementCampIsViolenceAgainstCiviliansWithItsToll() {
    Coded c = coded("sudan.txt");
    Event attack = c.one("attacked");
    assertEquals("ASSAULT", attack.code().plover(), c.describe());
    assertEquals("Violence against civilians", attack.code().acled().eventType(), c.describe());
    assertEquals("Attack", attack.code().acled().subEventType(), c.describe());
    assertEquals("SDN", attack.actors().get(0).country(), c.describe());
    assertTrue(recipient(attack, "civilians"), c.describe());
    // the toll belongs to the attack: no second event for the killing and wounding
    assertFalse(c.has("killing") || c.has("wounding"), c.describe());
    assertEquals("Wad Madani", attack.location().text(), c.describe());
    assertEquals("2024-06-09", attack.time().value(), c.describe());
    assertEquals(Modality.ASSERTED, attack.modality(), c.describe());
  }

  @Test
  void anAccusationsRecipientIsTheAccusedNotTheGerund() {
    Coded c = coded("sudan.txt");
    Event accused = c.one("accused");
    assertEquals("ACCUSE", accused.code().plover(), c.describe());
    assertTrue(recipient(accused, "paramilitary group"), c.describe());
    assertFalse(recipient(accused, "operating"), c.describe());
  }

  @Test
  void repeatedLootingIsGenericAndUndated() {
    Coded c = coded("sudan.txt");
    Event looted = c.one("looted");
    assertEquals(Modality.GENERIC, looted.modality(), c.describe());
    assertEquals(null, looted.time(), c.describe());
  }

  @Test
  void twoArmedSidesClashingIsABattleWithTheOtherSideAsRecipient() {
    Coded c = coded("sudan.txt");
    Event clash = c.one("clashed");
    assertEquals("Armed clash", clash.code().acled().subEventType(), c.describe());
    assertTrue(recipient(clash, "RSF fighters"), c.describe());
    assertEquals("El Fasher", clash.location().text(), c.describe());
  }

  @Test
  void airStrikeOnASchoolIsOneAirStrikeWithItsCasualties() {
    Coded c = coded("gaza.txt");
    Event strike = c.one("air strike");
    assertEquals("Explosions/Remote violence", strike.code().acled().eventType(), c.describe());
    assertEquals("Air/drone strike", strike.code().acled().subEventType(), c.describe());
    assertEquals("ISR", strike.actors().get(0).country(), c.describe());
    assertTrue(recipient(strike, "three people"), c.describe());
    assertFalse(c.has("killing") || c.has("wounding"), c.describe());
    assertEquals("Gaza City", strike.location().text(), c.describe());
  }

  @Test
  void actsThatAreCalledForUrgedOrAskedForAreNoFacts() {
    Coded c = coded("gaza.txt");
    for (Event e : c.events()) {
      String type = e.code().plover();
      if (type.equals("AGREE") || type.equals("RETREAT")) assertNotEquals(Modality.ASSERTED, e.modality(), c.describe());
    }
    assertEquals("REQUEST", c.one("called on").code().plover(), c.describe());
    Event release = c.one("release");
    assertEquals(Modality.HYPOTHETICAL, release.modality(), c.describe());
    // the one asked to act does it, not the one asking
    assertEquals("Hamas", release.actors().get(0).text(), c.describe());
  }

  @Test
  void shellingIsArtilleryAndDroneStrikesAreRemote() {
    Coded c = coded("ukraine.txt");
    Event shelled = c.one("shelled");
    assertEquals("Shelling/artillery/missile attack", shelled.code().acled().subEventType(), c.describe());
    assertEquals("RUS", shelled.actors().get(0).country(), c.describe());
    assertFalse(c.has("killing"), c.describe());
    Event struck = c.one("struck");
    assertEquals("Air/drone strike", struck.code().acled().subEventType(), c.describe());
    assertEquals("RUS", struck.actors().get(0).country(), c.describe());
    Event clash = c.one("clashed");
    assertEquals("Armed clash", clash.code().acled().subEventType(), c.describe());
    assertEquals("UKR", clash.actors().get(0).country(), c.describe());
    assertTrue(clash.recipients().stream().anyMatch(a -> "RUS".equals(a.country())), c.describe());
  }

  @Test
  void theyInsideAMilitarysQuoteIsNotTheMilitary() {
    Coded c = coded("ukraine.txt");
    Event fired = c.one("fired");
    assertEquals("ASSAULT", fired.code().plover(), c.describe());
    // "they" are the other side, neither the military quoted nor the governor quoted before
    assertTrue(fired.actors().stream().noneMatch(a -> "UKR".equals(a.country())), c.describe());
    assertTrue(fired.actors().stream().noneMatch(a -> a.name() != null && a.name().contains("governor")), c.describe());
    assertNotNull(fired.reporter(), c.describe());
  }

  @Test
  void aMeetingHeldIsAssertedAndTalksToComeAreFuture() {
    Coded c = coded("diplomacy.txt");
    Event met = c.one("met");
    assertEquals("CONSULT", met.code().plover(), c.describe());
    assertEquals(Modality.ASSERTED, met.modality(), c.describe());
    assertEquals("Ankara", met.location().text(), c.describe());
    assertEquals(Modality.FUTURE, c.one("Negotiations").modality(), c.describe());
    Event talks = c.one("Talks");
    assertEquals(Modality.FUTURE, talks.modality(), c.describe());
    assertEquals("2024-06-13", talks.time().value(), c.describe());
    // what the negotiations are about has not happened
    assertFalse(c.has("prisoner exchange"), c.describe());
  }
}
