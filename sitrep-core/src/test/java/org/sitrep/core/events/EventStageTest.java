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
import org.sitrep.core.model.Statement;
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

    /** A named mention that is no actor by itself (a place name the actors stage did not read as its government). */
    Layering named(String mention, EntityType type) {
      entities.add(new Entity(span(mention), mention, type, null, false));
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

  @Test
  void shellingIsHeavyWeaponsAndAcledShelling() {
    String text = "Russian troops resumed the shelling of Kherson overnight.";
    List<Event> events = new Layering(text).actor("Russian troops", EntityType.ORG, "Russian Armed Forces", "RUS", "MIL")
        .actor("Kherson", EntityType.GPE, "Kherson", "UKR", null).place("Kherson", "PPLA").events();
    Event e = only(events, text, "shelling");
    assertEquals(new Span(text.indexOf("shelling"), text.indexOf("shelling") + 8), e.trigger());
    assertEquals("ASSAULT", e.code().plover());
    assertEquals("heavy-weapons", e.code().mode());
    assertEquals("194", e.code().cameo());
    assertEquals("Shelling/artillery/missile attack", e.code().acled().subEventType());
    assertEquals("RUS", e.actors().get(0).country());
    assertEquals("Kherson", e.recipients().get(0).text());
    assertEquals("Kherson", e.location().text());
    assertEquals("clause", e.locationLevel());
  }

  @Test
  void casualtyReportWithoutAttackIsAnAssaultOnCivilians() {
    String text = "Gunmen killed three civilians near the market.";
    List<Event> events = new Layering(text).actor("three civilians", EntityType.NORP, "civilians", null, "CVL").events();
    Event e = only(events, text, "killed");
    assertEquals("ASSAULT", e.code().plover());
    assertEquals("190", e.code().cameo());
    assertEquals("Gunmen", e.actors().get(0).text());
    assertEquals("three civilians", e.recipients().get(0).text());
    assertEquals("Violence against civilians", e.code().acled().eventType());
    assertEquals("Attack", e.code().acled().subEventType());
  }

  @Test
  void casualtyReportFoldsIntoTheAttackThatCausedIt() {
    String text = "The airstrike killed three civilians in Izium.";
    List<Event> events = new Layering(text).actor("three civilians", EntityType.NORP, "civilians", null, "CVL").place("Izium", "PPL").events();
    assertEquals(1, events.size(), describe(events, text));
    Event e = only(events, text, "airstrike");
    assertEquals("aerial", e.code().mode());
    assertEquals("three civilians", e.recipients().get(0).text());
    assertEquals("Air/drone strike", e.code().acled().subEventType());
    assertEquals("Izium", e.location().text());
  }

  @Test
  void passiveHitByMissileTakesWeaponModeAndNoActor() {
    String text = "The fuel depot was hit by a missile.";
    List<Event> events = new Layering(text).events();
    Event e = only(events, text, "hit");
    assertEquals("heavy-weapons", e.code().mode());
    assertEquals("194", e.code().cameo());
    assertTrue(e.actors().isEmpty(), describe(events, text));
    assertEquals("fuel depot", e.recipients().get(0).text());
  }

  @Test
  void passiveAgentIsTheActor() {
    String text = "Two villages were shelled by separatist fighters.";
    List<Event> events = new Layering(text).actor("separatist fighters", EntityType.ORG, "separatists", null, "REB").events();
    Event e = only(events, text, "shelled");
    assertEquals("separatist fighters", e.actors().get(0).text());
    assertEquals("REB", e.actors().get(0).sector());
    assertEquals("Two villages", e.recipients().get(0).text());
  }

  @Test
  void lightVerbObjectIsTheTriggerAndItsSubjectTheActor() {
    String text = "The rebels carried out strikes on the airport.";
    List<Event> events = new Layering(text).actor("rebels", EntityType.ORG, "rebels", null, "REB").events();
    Event e = only(events, text, "strikes");
    assertEquals("rebels", e.actors().get(0).text());
    assertEquals("airport", e.recipients().get(0).text());
    assertEquals("ASSAULT", e.code().plover());
  }

  @Test
  void operationWithDronesIsADroneAssault() {
    String text = "The army launched an operation against the militia base with drones.";
    List<Event> events = new Layering(text).events();
    Event e = only(events, text, "operation");
    assertEquals("drone", e.code().mode());
    assertEquals("195", e.code().cameo());
    assertEquals("army", e.actors().get(0).text());
  }

  @Test
  void operationWithoutWeaponIsNoEvent() {
    String text = "The hospital began an operation on the patient.";
    assertTrue(new Layering(text).events().isEmpty());
  }

  @Test
  void comparedPlacesAreNotEventLocations() {
    String text = "Artillery fire hit a border town, worrying states such as Poland and Romania.";
    List<Event> events = new Layering(text).place("Poland", "PCLI").place("Romania", "PCLI").events();
    Event e = only(events, text, "Artillery fire");
    assertNull(e.location(), describe(events, text));
  }

  @Test
  void locationFallsBackToThePreviousSentenceOfTheParagraph() {
    String text = "Fighting spread to Bakhmut on Monday. Two drones struck a school, alarming neighbours like Moldova.";
    List<Event> events = new Layering(text).place("Bakhmut", "PPL").place("Moldova", "PCLI").events();
    Event e = only(events, text, "struck");
    assertEquals("drone", e.code().mode());
    assertEquals("Bakhmut", e.location().text());
    assertEquals("context", e.locationLevel());
  }

  @Test
  void seizureOfTerritoryIsCoerceSeize() {
    String text = "Insurgents captured the town of Palma.";
    List<Event> events = new Layering(text).actor("Insurgents", EntityType.ORG, "insurgents", null, "REB").place("Palma", "PPL").events();
    Event e = only(events, text, "captured");
    assertEquals("COERCE", e.code().plover());
    assertEquals("seize", e.code().mode());
    assertEquals("192", e.code().cameo());
    assertEquals("Non-state actor overtakes territory", e.code().acled().subEventType());
  }

  @Test
  void statementCueVerbsAreNotEventsButAccusationIs() {
    String text = "The minister said talks stalled. Kyiv accused Moscow of lying.";
    List<Event> events = new Layering(text).actor("Kyiv", EntityType.GPE, "Ukraine", "UKR", "GOV")
        .actor("Moscow", EntityType.GPE, "Russia", "RUS", "GOV").events();
    assertTrue(events.stream().noneMatch(e -> e.trigger().coveredText(text).equals("said")));
    Event e = only(events, text, "accused");
    assertEquals("ACCUSE", e.code().plover());
    assertEquals("UKR", e.actors().get(0).country());
    assertEquals("RUS", e.recipients().get(0).country());
    assertNull(e.code().acled());
  }

  @Test
  void timeWithoutTextualDateIsLeftToThePublicationDate() {
    String text = "Police arrested two activists.";
    Event e = only(new Layering(text).events(), text, "arrested");
    assertEquals("COERCE", e.code().plover());
    assertEquals("Arrests", e.code().acled().subEventType());
    assertNull(e.time());
    assertEquals("publication", e.timeLevel());
  }

  @Test
  void parseTriggerLemmasHoldHeadWords() {
    assertTrue(STAGE.parseTriggerLemmas().containsAll(List.of("attack", "shelling", "shell", "strike", "kill")));
  }

  @Test
  void possessorIsTheActorAndAgainstPhraseTheRecipient() {
    String text = "Russia's offensive against Ukrainian positions stalled.";
    List<Event> events = new Layering(text).actor("Russia", EntityType.GPE, "Russia", "RUS", "GOV").events();
    Event e = only(events, text, "offensive");
    assertEquals(new Span(9, 18), e.trigger());
    assertEquals("RUS", e.actors().get(0).country());
    assertEquals(new Span(0, 6), e.actors().get(0).span());
    assertEquals("Ukrainian positions", e.recipients().get(0).text());
  }

  @Test
  void compoundSubjectGivesEveryActor() {
    String text = "Serbia and Hungary signed a border treaty.";
    List<Event> events = new Layering(text).actor("Serbia", EntityType.GPE, "Serbia", "SRB", "GOV")
        .actor("Hungary", EntityType.GPE, "Hungary", "HUN", "GOV").events();
    Event e = only(events, text, "signed");
    assertEquals("SUPPORT", e.code().plover());
    assertEquals("057", e.code().cameo());
    assertEquals(List.of("SRB", "HUN"), e.actors().stream().map(Actor::country).toList());
    assertEquals("Agreement", e.code().acled().subEventType());
  }

  @Test
  void countingNounGivesWayToTheGroupItCounts() {
    String text = "A group of Chilean miners staged a protest outside the ministry.";
    List<Event> events = new Layering(text).actor("Chilean miners", EntityType.NORP, "Chilean miners", "CHL", "LAB").events();
    Event e = only(events, text, "protest");
    assertEquals(List.of("Chilean miners"), e.actors().stream().map(Actor::name).toList());
    assertEquals("CHL", e.actors().get(0).country());
  }

  @Test
  void travellerIsTheActorOfTheVisitHeGoesOn() {
    String text = "The Latvian premier arrived in Oslo on an official visit.";
    List<Event> events = new Layering(text).actor("Latvian premier", EntityType.NORP, "Latvian premier", "LVA", "GOV").events();
    Event e = only(events, text, "visit");
    assertEquals(List.of("LVA"), e.actors().stream().map(Actor::country).toList());
  }

  @Test
  void unnamedOfficialTakesThePossessiveCountry() {
    String text = "Peru's deputy minister visited Quito on Monday.";
    List<Event> events = new Layering(text).place("Peru", "PCLI").events();
    Event e = only(events, text, "visited");
    assertEquals(1, e.actors().size(), () -> describe(events, text));
    assertEquals("UKR", e.actors().get(0).country(), "the place fixture says UA: the country comes from the geo layer");
  }

  @Test
  void actAgreedToIsTheAgreementsContentNotASecondEvent() {
    String text = "Estonia agreed to lift the embargo on grain.";
    List<Event> events = new Layering(text).actor("Estonia", EntityType.GPE, "Estonia", "EST", "GOV").events();
    assertEquals(List.of("agreed"), events.stream().map(e -> e.trigger().coveredText(text)).toList(), () -> describe(events, text));
    assertEquals("AGREE", events.get(0).code().plover());
  }

  @Test
  void threatenedAttackIsOneThreat() {
    String text = "The rebels threatened to attack the airport.";
    List<Event> events = new Layering(text).events();
    assertEquals(List.of("THREATEN"), events.stream().map(e -> e.code().plover()).toList(), () -> describe(events, text));
  }

  @Test
  void contentReachesThroughAVerbThatIsNoTrigger() {
    String text = "Moldova threatened to stop negotiations with the separatists.";
    List<Event> events = new Layering(text).actor("Moldova", EntityType.GPE, "Moldova", "MDA", "GOV").events();
    assertEquals(List.of("threatened"), events.stream().map(e -> e.trigger().coveredText(text)).toList(), () -> describe(events, text));
  }

  @Test
  void occupiedAsAnAdjectiveIsAStateNotAnEvent() {
    String text = "Settlers protested in the occupied territory on Monday.";
    List<Event> events = new Layering(text).events();
    assertEquals(List.of("protested"), events.stream().map(e -> e.trigger().coveredText(text)).toList(), () -> describe(events, text));
  }

  @Test
  void pronounSubjectOfAReportedActIsTheSpeaker() {
    String text = "Norway said it had expelled two diplomats.";
    Layering l = new Layering(text).actor("Norway", EntityType.GPE, "Norway", "NOR", "GOV");
    Actor norway = l.entities.get(0).actor();
    Statement said = new Statement(norway, l.span("said"), "say", List.of(l.span("it had expelled two diplomats")), null, false,
        org.sitrep.core.model.Stance.ASSERT, null);
    Doc doc = NlpFixture.parse(text).with(Layers.ENTITIES, l.entities).with(Layers.PLACES, l.places).with(Layers.TIMES, l.times)
        .with(Layers.STATEMENTS, List.of(said));
    List<Event> events = STAGE.apply(doc).get(Layers.CODED_EVENTS);
    Event e = only(events, text, "expelled");
    assertEquals(List.of("NOR"), e.actors().stream().map(Actor::country).toList());
    assertEquals("it", e.actors().get(0).text());
  }

  @Test
  void reportedMustIsADemandOnTheSubjectByTheSpeaker() {
    String text = "Norway said Sweden must return the vessel.";
    Layering l = new Layering(text).actor("Norway", EntityType.GPE, "Norway", "NOR", "GOV").actor("Sweden", EntityType.GPE, "Sweden", "SWE", "GOV");
    Statement said = new Statement(l.entities.get(0).actor(), l.span("said"), "say", List.of(l.span("Sweden must return the vessel")), null,
        false, org.sitrep.core.model.Stance.ASSERT, null);
    Doc doc = NlpFixture.parse(text).with(Layers.ENTITIES, l.entities).with(Layers.PLACES, l.places).with(Layers.TIMES, l.times)
        .with(Layers.STATEMENTS, List.of(said));
    List<Event> events = STAGE.apply(doc).get(Layers.CODED_EVENTS);
    Event e = only(events, text, "must");
    assertEquals("REQUEST", e.code().plover());
    assertEquals(List.of("NOR"), e.actors().stream().map(Actor::country).toList());
    assertEquals(List.of("SWE"), e.recipients().stream().map(Actor::country).toList());
    assertEquals(1, events.size(), () -> describe(events, text));
  }

  @Test
  void mustOutsideAnyStatementIsNoDemand() {
    String text = "Convoys must cross the river before dawn.";
    assertTrue(new Layering(text).events().stream().noneMatch(e -> e.code().plover().equals("REQUEST")));
  }

  @Test
  void emptyDocumentHasNoEvents() {
    assertTrue(new Layering("").events().isEmpty());
  }

  @Test
  void weaponUsedInAnOperationSetsItsMode() {
    String text = "Officials said that drones were used in an operation against the Kursk region on Sunday.";
    List<Event> events = new Layering(text).place("Kursk", "ADM1").time("Sunday", "2023-05-28").events();
    Event e = only(events, text, "operation");
    assertEquals("ASSAULT", e.code().plover());
    assertEquals("drone", e.code().mode());
    assertTrue(e.code().cameo().startsWith("19"), e.code().cameo());
    assertEquals("Air/drone strike", e.code().acled().subEventType());
    assertEquals("Kursk", e.location().text());
    assertEquals("2023-05-28", e.time().value());
  }

  @Test
  void operationWithoutWeaponUsedInItIsNoEvent() {
    String text = "Officials said that volunteers were used in an operation against the Kursk region on Sunday.";
    List<Event> events = new Layering(text).place("Kursk", "ADM1").events();
    assertTrue(events.stream().noneMatch(e -> e.trigger().coveredText(text).equals("operation")), describe(events, text));
  }

  @Test
  void conjoinedAttacksAreSeparateEvents() {
    String text = "Villagers reported airstrikes and shelling near the river.";
    List<Event> events = new Layering(text).events();
    assertEquals("aerial", only(events, text, "airstrikes").code().mode());
    assertEquals("heavy-weapons", only(events, text, "shelling").code().mode());
  }

  @Test
  void dateIsNeverAnActor() {
    String text = "The United Nations has sent 30 observers to Mosul on Wednesday to investigate the killings.";
    List<Event> events = new Layering(text).actor("United Nations", EntityType.ORG, "United Nations", null, "IGO").events();
    for (Event e : events) {
      for (Actor a : e.actors()) assertTrue(!a.text().contains("Wednesday"), describe(events, text));
      for (Actor a : e.recipients()) assertTrue(!a.text().contains("Wednesday"), describe(events, text));
    }
    assertTrue(!events.isEmpty(), describe(events, text));
  }

  @Test
  void theFinestPlaceOfTheClauseLocatesTheEvent() {
    String text = "Russian troops captured the village of Ocheretyne in Ukraine's Donetsk region.";
    List<Event> events = new Layering(text).actor("Russian troops", EntityType.NORP, "Russia", "RUS", "MIL")
        .place("Ukraine", "PCLI").place("Donetsk region", "ADM1").place("Ocheretyne", "PPL").events();
    assertEquals("Ocheretyne", only(events, text, "captured").location().text(), () -> describe(events, text));
  }

  @Test
  void aRegionLocatesTheEventBeforeItsCountry() {
    String text = "Drones attacked an oil refinery in Russia's Krasnodar region overnight.";
    List<Event> events = new Layering(text).place("Russia", "PCLI").place("Krasnodar region", "ADM1").events();
    assertEquals("Krasnodar region", only(events, text, "attacked").location().text(), () -> describe(events, text));
  }

  @Test
  void aPartyOwnedByItsInAReportIsTheSpeakers() {
    String text = "The ministry said its air defences had shot down 12 drones.";
    Layering l = new Layering(text).actor("The ministry", EntityType.ORG, "Russian Ministry of Defence", "RUS", "GOV");
    Statement said = new Statement(l.entities.get(0).actor(), l.span("said"), "say",
        List.of(l.span("its air defences had shot down 12 drones")), null, false, org.sitrep.core.model.Stance.ASSERT, null);
    Doc doc = NlpFixture.parse(text).with(Layers.ENTITIES, l.entities).with(Layers.PLACES, l.places).with(Layers.TIMES, l.times)
        .with(Layers.STATEMENTS, List.of(said));
    List<Event> events = STAGE.apply(doc).get(Layers.CODED_EVENTS);
    Event e = only(events, text, "shot down");
    assertEquals(List.of("RUS"), e.actors().stream().map(Actor::country).toList(), () -> describe(events, text));
  }

  @Test
  void anUndatedSentenceTakesTheDayOfTheSentenceBeforeInItsParagraph() {
    String text = "Troops raided a compound in Paktiya province yesterday. During the raid the force shelled the insurgents.";
    List<Event> events = new Layering(text).time("yesterday", "2012-08-05").events();
    Event shelled = only(events, text, "shelled");
    assertEquals("yesterday", shelled.time().text(), () -> describe(events, text));
    assertEquals("context", shelled.timeLevel());
  }

  @Test
  void aParagraphBreakEndsTheContextOfATime() {
    String text = "Troops raided a compound in Paktiya province yesterday.\nThe force shelled the insurgents.";
    List<Event> events = new Layering(text).time("yesterday", "2012-08-05").events();
    assertNull(only(events, text, "shelled").time(), () -> describe(events, text));
  }

  @Test
  void theCountryATitleIsOfIsNoLocation() {
    String text = "The President of Russia held talks with the Turkish leader on Tuesday.";
    List<Event> events = new Layering(text).place("Russia", "PCLI").events();
    Event talks = only(events, text, "talks");
    assertNull(talks.location(), () -> describe(events, text));
  }

  @Test
  void aPlaceAfterATitlesCountryStillLocates() {
    String text = "President of France Emmanuel Macron met the president in Moscow on Monday.";
    List<Event> events = new Layering(text).place("France", "PCLI").place("Moscow", "PPLC").events();
    assertEquals("Moscow", only(events, text, "met").location().text(), () -> describe(events, text));
  }

  @Test
  void aDatelineGivesNoContextPlace() {
    String text = "KHARTOUM, June 5 (Reuters) - Fighters attacked a village in the east.";
    List<Event> events = new Layering(text).place("KHARTOUM", "PPLC").events();
    assertNull(only(events, text, "attacked").location(), () -> describe(events, text));
  }

  @Test
  void capturingALeaderIsAnArrest() {
    String text = "A coalition security force captured a Taliban leader in Balkh district yesterday.";
    List<Event> events = new Layering(text).actor("security force", EntityType.ORG, "security force", null, "MIL")
        .actor("Taliban leader", EntityType.ORG, "Taliban", "AFG", "REB").events();
    Event e = only(events, text, "captured");
    assertEquals("173", e.code().cameo(), () -> describe(events, text));
    assertEquals("Arrests", e.code().acled().subEventType());
  }

  @Test
  void capturingAVillageIsStillTakingGround() {
    String text = "Russian troops captured the village of Ocheretyne.";
    List<Event> events = new Layering(text).actor("Russian troops", EntityType.NORP, "Russia", "RUS", "MIL").events();
    assertEquals("192", only(events, text, "captured").code().cameo(), () -> describe(events, text));
  }

  @Test
  void rebelsTakingCiviliansIsAnAbduction() {
    String text = "Militants captured twelve villagers near the border.";
    List<Event> events = new Layering(text).actor("Militants", EntityType.ORG, "militants", null, "REB")
        .actor("twelve villagers", EntityType.NORP, "villagers", null, "CVL").events();
    Event e = only(events, text, "captured");
    assertEquals("181", e.code().cameo(), () -> describe(events, text));
    assertEquals("Abduction/forced disappearance", e.code().acled().subEventType());
  }

  @Test
  void aPlaceShelledStandsForItsCountry() {
    String text = "Troops shelled Kharkiv overnight.";
    List<Event> events = new Layering(text).named("Kharkiv", EntityType.GPE).place("Kharkiv", "PPLA").events();
    Event e = only(events, text, "shelled");
    assertEquals("Kharkiv", e.recipients().get(0).text());
    assertEquals("UKR", e.recipients().get(0).country());
  }

  @Test
  void aThingRejectedLeadsToTheCountryWhoseItIs() {
    String text = "The government rejected a Russian proposal.";
    List<Event> events = new Layering(text).actor("government", EntityType.ORG, "government", "UKR", "GOV")
        .actor("Russian", EntityType.NORP, "Russia", "RUS", null).events();
    Event e = only(events, text, "rejected");
    assertEquals("Russian", e.recipients().get(0).text(), describe(events, text));
    assertEquals("RUS", e.recipients().get(0).country());
  }

  @Test
  void aThreatIsAimedAtWhomTheThreatenedActIsAimedAt() {
    String text = "Poland threatened to close its border with Belarus.";
    List<Event> events = new Layering(text).actor("Poland", EntityType.GPE, "Poland", "POL", "GOV")
        .actor("Belarus", EntityType.GPE, "Belarus", "BLR", "GOV").events();
    Event e = only(events, text, "threatened");
    assertTrue(e.recipients().stream().anyMatch(r -> "BLR".equals(r.country())), describe(events, text));
  }

  @Test
  void conjoinedCasualtiesAreOneAttacksToll() {
    String text = "The shelling killed two soldiers and wounded five others.";
    List<Event> events = new Layering(text).events();
    assertEquals(1, events.size(), describe(events, text));
    assertEquals("shelling", events.get(0).trigger().coveredText(text));
  }

  @Test
  void aTriggerNounClassifyingAnotherNounIsNoEvent() {
    String text = "Invasion forces crossed the river.";
    List<Event> events = new Layering(text).events();
    assertTrue(events.isEmpty(), describe(events, text));
  }

  @Test
  void aDatelineDatesTheUndatedEventOfItsLeadParagraph() {
    String text = "KHARTOUM, June 5 (Reuters) - Fighters attacked a village in the east.";
    List<Event> events = new Layering(text).time("June 5", "2023-06-05").events();
    Event attacked = only(events, text, "attacked");
    assertEquals("June 5", attacked.time().text(), () -> describe(events, text));
    assertEquals("dateline", attacked.timeLevel());
  }

  @Test
  void aDatelineDoesNotDateTheNextParagraph() {
    String text = "KHARTOUM, June 5 (Reuters) - Fighters attacked a village in the east.\nTroops shelled the town.";
    List<Event> events = new Layering(text).time("June 5", "2023-06-05").events();
    assertNull(only(events, text, "shelled").time(), () -> describe(events, text));
  }

  @Test
  void fightingInTheBackgroundOfAnAgreementIsNotCoded() {
    String text = "Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.";
    List<Event> events = new Layering(text).actor("Bosnia", EntityType.GPE, "Bosnia", "BIH", "GOV")
        .actor("Slovenia", EntityType.GPE, "Slovenia", "SVN", "GOV").events();
    assertEquals("AGREE", only(events, text, "agreed").code().plover());
    assertTrue(events.stream().noneMatch(e -> e.trigger().coveredText(text).equals("fighting")), describe(events, text));
  }

  @Test
  void fightingAloneInItsSentenceIsStillCoded() {
    String text = "Dozens were displaced after fierce fighting near the border.";
    assertEquals("ASSAULT", only(new Layering(text).events(), text, "fighting").code().plover());
  }

  @Test
  void theOtherSideOfAClashIsItsRecipient() {
    String text = "Sudanese troops clashed with RSF fighters near the town.";
    List<Event> events = new Layering(text).actor("Sudanese troops", EntityType.ORG, "Sudanese Armed Forces", "SDN", "MIL")
        .actor("RSF fighters", EntityType.ORG, "Rapid Support Forces", "SDN", "REB").events();
    Event e = only(events, text, "clashed");
    assertEquals("RSF fighters", e.recipients().get(0).text(), describe(events, text));
    assertEquals("Armed clash", e.code().acled().subEventType());
  }

  @Test
  void attackingACampForTheDisplacedIsViolenceAgainstCivilians() {
    String text = "Gunmen attacked a camp for displaced people on Sunday.";
    Event e = only(new Layering(text).events(), text, "attacked");
    assertEquals("Violence against civilians", e.code().acled().eventType());
    assertEquals("Attack", e.code().acled().subEventType());
  }

  @Test
  void aStrikeWithNoWeaponNamedIsRemoteNotABattle() {
    String text = "Russian forces struck the city overnight.";
    Event e = only(new Layering(text).actor("Russian forces", EntityType.ORG, "Russian Armed Forces", "RUS", "MIL").events(), text, "struck");
    assertEquals("Explosions/Remote violence", e.code().acled().eventType());
    assertEquals("Shelling/artillery/missile attack", e.code().acled().subEventType());
  }

  @Test
  void aGlideBombIsAnAirStrikeNotAnExplosive() {
    String text = "A glide bomb hit a school in the city.";
    Event e = only(new Layering(text).events(), text, "hit");
    assertEquals("aerial", e.code().mode());
    assertEquals("Air/drone strike", e.code().acled().subEventType());
  }

  @Test
  void casualtiesHungOnTheAttacksObjectJoinTheAttack() {
    String text = "An air strike hit a school sheltering families, killing three people and wounding five.";
    List<Event> events = new Layering(text).events();
    Event e = only(events, text, "air strike");
    assertTrue(e.recipients().stream().anyMatch(a -> "three people".equals(a.text())), describe(events, text));
    assertEquals(1, events.size(), describe(events, text));
  }

  @Test
  void theAccusedActsInTheActTheyAreAccusedOf() {
    String text = "The army accused the RSF of attacking the camp.";
    List<Event> events = new Layering(text).actor("army", EntityType.ORG, "Sudanese Armed Forces", "SDN", "MIL")
        .actor("RSF", EntityType.ORG, "Rapid Support Forces", "SDN", "REB").events();
    assertEquals("RSF", only(events, text, "attacking").actors().get(0).text(), describe(events, text));
  }

  @Test
  void aGerundIsNeverTheRecipient() {
    String text = "The army accused the group of operating bases near the border.";
    List<Event> events = new Layering(text).events();
    Event e = only(events, text, "accused");
    assertTrue(e.recipients().stream().noneMatch(a -> "operating".equals(a.text())), describe(events, text));
  }

  @Test
  void theOneAskedToActIsTheActor() {
    String text = "Egypt asked Hamas to release the hostages.";
    List<Event> events = new Layering(text).actor("Egypt", EntityType.GPE, "Egypt", "EGY", "GOV")
        .actor("Hamas", EntityType.ORG, "Hamas", "PSE", "REB").events();
    assertEquals("Hamas", only(events, text, "release").actors().get(0).text(), describe(events, text));
  }

  @Test
  void capturingAFacilitatorIsAnArrest() {
    String text = "Afghan forces captured a Taliban facilitator in the district.";
    List<Event> events = new Layering(text).actor("Afghan forces", EntityType.ORG, "Afghan National Army", "AFG", "MIL").events();
    Event e = only(events, text, "captured");
    assertEquals("COERCE", e.code().plover());
    assertEquals("173", e.code().cameo(), describe(events, text));
    assertEquals("Arrests", e.code().acled().subEventType());
  }

  @Test
  void aPatrolHasNoAcledType() {
    String text = "Soldiers were on patrol in the valley.";
    Event e = only(new Layering(text).events(), text, "patrol");
    assertEquals("MOBILIZE", e.code().plover());
    assertNull(e.code().acled());
  }

  @Test
  void whatTalksAreAboutIsNoEvent() {
    String text = "Negotiations on a prisoner exchange continued in Doha.";
    List<Event> events = new Layering(text).events();
    assertEquals("CONSULT", only(events, text, "Negotiations").code().plover());
    assertEquals(1, events.size(), describe(events, text));
  }
}
