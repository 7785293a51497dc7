package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * War reporting coded end to end (every stage, the bundled gazetteer): one short sentence of our own per kind of event
 * an ACLED coder records in the Russia-Ukraine war, with the PLOVER type, CAMEO code, ACLED event and sub-event type,
 * the first actor's country and the place the event is located at.
 */
class WarReportCodingTest {
  private record Expected(String plover, String cameo, String acledType, String acledSubType, String actorCountry,
                          String place, String placeCountry) {}

  private static Event coded(String text, String trigger, Expected x) {
    List<Event> events = SharedExtractor.get().extract(Article.of("war", text, LocalDate.of(2023, 6, 4))).get(Layers.EVENTS);
    List<Event> hits = events.stream().filter(e -> e.trigger().coveredText(text).equals(trigger)).toList();
    assertEquals(1, hits.size(), () -> "events for '" + trigger + "' in: " + text + describe(events, text));
    Event e = hits.get(0);
    String seen = describe(List.of(e), text);
    assertEquals(x.plover(), e.code().plover(), seen);
    assertEquals(x.cameo(), e.code().cameo(), seen);
    assertNotNull(e.code().acled(), seen);
    assertEquals(x.acledType(), e.code().acled().eventType(), seen);
    assertEquals(x.acledSubType(), e.code().acled().subEventType(), seen);
    assertTrue(!e.actors().isEmpty(), seen);
    assertEquals(x.actorCountry(), e.actors().get(0).country(), seen);
    assertNotNull(e.location(), seen);
    assertEquals(x.place(), e.location().text(), seen);
    assertEquals(x.placeCountry(), e.location().country(), seen);
    return e;
  }

  private static String describe(List<Event> events, String text) {
    return events.stream().map(e -> "\n  " + e.trigger().coveredText(text) + " " + e.code() + " " + e.modality()
        + " actors=" + e.actors().stream().map(WarReportCodingTest::actor).toList()
        + " recipients=" + e.recipients().stream().map(WarReportCodingTest::actor).toList()
        + " at=" + (e.location() == null ? null : e.location().text())).collect(Collectors.joining());
  }

  private static String actor(Actor a) {
    return (a.text() != null ? a.text() : a.name()) + "/" + a.country() + "/" + a.sector();
  }

  @Test
  void shellingOfACityIsAnArtilleryAttackByTheShellingForces() {
    Event e = coded("Russian forces shelled Kharkiv on Tuesday, regional officials said.", "shelled",
        new Expected("ASSAULT", "194", "Explosions/Remote violence", "Shelling/artillery/missile attack", "RUS", "Kharkiv", "UA"));
    assertEquals("MIL", e.actors().get(0).sector());
    assertEquals(Modality.ASSERTED, e.modality());
  }

  @Test
  void missileStrikeNamedWithADemonymIsThatCountrysForces() {
    Event e = coded("A Russian missile strike hit an apartment block in Dnipro on Saturday.", "missile strike",
        new Expected("ASSAULT", "194", "Explosions/Remote violence", "Shelling/artillery/missile attack", "RUS", "Dnipro", "UA"));
    assertEquals("MIL", e.actors().get(0).sector());
  }

  @Test
  void dronesThatStrikeMakeADroneStrikeByTheirCountry() {
    Event e = coded("Ukrainian drones struck an oil depot in Belgorod overnight.", "struck",
        new Expected("ASSAULT", "195", "Explosions/Remote violence", "Air/drone strike", "UKR", "Belgorod", "RU"));
    assertEquals("drone", e.code().mode());
  }

  @Test
  void aircraftThatBombAPortMakeAnAirStrike() {
    coded("Russian aircraft bombed the port of Mariupol on Wednesday.", "bombed",
        new Expected("ASSAULT", "195", "Explosions/Remote violence", "Air/drone strike", "RUS", "Mariupol", "UA"));
  }

  @Test
  void troopsClashingIsAnArmedClash() {
    coded("Ukrainian troops clashed with Russian forces near Bakhmut on Monday.", "clashed",
        new Expected("ASSAULT", "190", "Battles", "Armed clash", "UKR", "Bakhmut", "UA"));
  }

  @Test
  void policeDetainingAJournalistIsAnArrest() {
    coded("Russian police detained a journalist in Moscow on Friday.", "detained",
        new Expected("COERCE", "173", "Strategic developments", "Arrests", "RUS", "Moscow", "RU"));
  }

  @Test
  void residentsProtestingAreAPeacefulProtest() {
    coded("Hundreds of residents protested against the Russian occupation in Kherson on Sunday.", "protested",
        new Expected("PROTEST", "141", "Protests", "Peaceful protest", "UKR", "Kherson", "UA"));
  }

  @Test
  void demonstratorsRallyingInTheCapitalAreAPeacefulProtest() {
    coded("Thousands of demonstrators rallied in Kyiv on Sunday.", "rallied",
        new Expected("PROTEST", "141", "Protests", "Peaceful protest", "UKR", "Kyiv", "UA"));
  }

  @Test
  void policeDispersingProtestersIsAProtestWithIntervention() {
    Event e = coded("Belarusian police dispersed anti-war protesters in Minsk on Saturday.", "dispersed",
        new Expected("COERCE", "170", "Protests", "Protest with intervention", "BLR", "Minsk", "BY"));
    assertEquals("protesters", e.recipients().get(0).text());
  }

  @Test
  void soldiersLootingShopsIsLooting() {
    coded("Russian soldiers looted shops and homes in Kupiansk, residents said.", "looted",
        new Expected("COERCE", "171", "Strategic developments", "Looting/property destruction", "RUS", "Kupiansk", "UA"));
  }

  @Test
  void troopsDestroyingAWarehouseIsPropertyDestruction() {
    coded("Russian troops destroyed a grain warehouse in Kupiansk.", "destroyed",
        new Expected("ASSAULT", "1712", "Strategic developments", "Looting/property destruction", "RUS", "Kupiansk", "UA"));
  }

  @Test
  void abductingAMayorIsAnAbduction() {
    coded("Russian troops abducted the mayor of Melitopol on Friday, Ukrainian officials said.", "abducted",
        new Expected("ASSAULT", "181", "Violence against civilians", "Abduction/forced disappearance", "RUS", "Melitopol", "UA"));
  }

  @Test
  void shootingCiviliansIsViolenceAgainstCivilians() {
    Event e = coded("Russian soldiers shot four civilians in Irpin, the prosecutor's office said.", "shot",
        new Expected("ASSAULT", "193", "Violence against civilians", "Attack", "RUS", "Irpin", "UA"));
    assertEquals("CVL", e.recipients().get(0).sector());
  }

  @Test
  void deniedShellingByItsForcesIsNegatedAndTheirsIsTheDenyingCountry() {
    Event e = coded("Moscow denied that its forces had shelled the hospital in Kherson.", "shelled",
        new Expected("ASSAULT", "194", "Explosions/Remote violence", "Shelling/artillery/missile attack", "RUS", "Kherson", "UA"));
    assertEquals(Modality.NEGATED, e.modality());
  }

  @Test
  void retreatingTroopsAreNoRetreatEvent() {
    String text = "Retreating Russian troops destroyed a bridge near Izium.";
    List<Event> events = SharedExtractor.get().extract(Article.of("war", text, LocalDate.of(2023, 6, 4))).get(Layers.EVENTS);
    assertTrue(events.stream().noneMatch(e -> e.trigger().coveredText(text).equals("Retreating")), describe(events, text));
  }

  @Test
  void aStateNamedAsAttackerIsItsArmedForces() {
    Event e = coded("Russia shelled Kharkiv overnight, the regional governor said.", "shelled",
        new Expected("ASSAULT", "194", "Explosions/Remote violence", "Shelling/artillery/missile attack", "RUS", "Kharkiv", "UA"));
    assertEquals("MIL", e.actors().get(0).sector());
  }

  @Test
  void unnamedPoliceBelongToTheDatelineCountry() {
    String text = "KYIV, Ukraine — Air raid sirens sounded across the capital overnight. Police detained two men suspected of "
        + "sabotage on Tuesday.";
    List<Event> events = SharedExtractor.get().extract(Article.of("war", text, LocalDate.of(2023, 6, 4))).get(Layers.EVENTS);
    Event e = events.stream().filter(x -> x.trigger().coveredText(text).equals("detained")).findFirst().orElseThrow();
    assertEquals("Arrests", e.code().acled().subEventType(), describe(events, text));
    assertEquals("Police", e.actors().get(0).text(), describe(events, text));
    assertEquals("UKR", e.actors().get(0).country(), describe(events, text));
  }

  @Test
  void shootingDownDronesIsDisruptedWeaponsUse() {
    coded("Ukrainian air defence forces shot down 20 Russian drones over Kyiv overnight.", "shot down",
        new Expected("ASSAULT", "195", "Strategic developments", "Disrupted weapons use", "UKR", "Kyiv", "UA"));
  }

  @Test
  void airRaidSirensAreNoAirStrike() {
    String text = "Air raid sirens sounded across Kyiv overnight.";
    List<Event> events = SharedExtractor.get().extract(Article.of("war", text, LocalDate.of(2023, 6, 4))).get(Layers.EVENTS);
    assertTrue(events.isEmpty(), describe(events, text));
  }

  @Test
  void peopleRallyingAreProtestersOfTheCountryTheyRallyIn() {
    coded("Thousands of people rallied peacefully in Kyiv on Sunday.", "rallied",
        new Expected("PROTEST", "141", "Protests", "Peaceful protest", "UKR", "Kyiv", "UA"));
  }

  @Test
  void casualtiesOfShellingThatHitAPlaceAreOneShellingEvent() {
    String text = "Two civilians were killed when Russian shelling hit a bus stop in Kherson.";
    List<Event> events = SharedExtractor.get().extract(Article.of("war", text, LocalDate.of(2023, 6, 4))).get(Layers.EVENTS);
    assertEquals(1, events.size(), describe(events, text));
    coded(text, "shelling", new Expected("ASSAULT", "194", "Explosions/Remote violence", "Shelling/artillery/missile attack",
        "RUS", "Kherson", "UA"));
  }

  @Test
  void aRepelledAssaultHasTheDefendersAsRecipientsAndNoDate() {
    Event e = coded("Ukrainian forces repelled a Russian assault near Avdiivka on Thursday.", "assault",
        new Expected("ASSAULT", "190", "Battles", "Armed clash", "RUS", "Avdiivka", "UA"));
    assertEquals(List.of("Ukrainian forces"), e.recipients().stream().map(Actor::text).toList());
  }
}
