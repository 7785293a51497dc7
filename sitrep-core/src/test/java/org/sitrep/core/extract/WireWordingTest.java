package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Statement;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/**
 * Wire-report wording from the Red Sea, the Sahel, Kursk and Tbilisi: hyphenated ties ("Iran-aligned", "Russian-
 * installed"), counted and answering events ("dozens of strikes", "responded with air strikes"), gapped passives,
 * shared pronoun subjects, a closing speaker the parser glued to the report, and places and dates that belong to
 * something other than the event.
 */
class WireWordingTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 5);

  private static Doc extract(String text) {
    return SharedExtractor.get().extract(Article.of("wire", text, PUBLISHED));
  }

  private static Event first(Doc d, String plover) {
    return d.get(Layers.EVENTS).stream().filter(e -> plover.equals(e.code().plover())).findFirst().orElseThrow(
        () -> new AssertionError("no " + plover + " in " + d.get(Layers.EVENTS)));
  }

  @Test
  void aHyphenatedTieStaysInTheActorPhraseAndNamesNoOwner() {
    Event attack = first(extract("Yemen's Iran-aligned Houthi movement fired two missiles at a Liberian-flagged oil tanker "
        + "in the Red Sea on Tuesday."), "ASSAULT");
    Actor houthis = attack.actors().get(0);
    assertEquals("YEM", houthis.country(), houthis.toString());
    assertEquals("Iran-aligned Houthi movement", houthis.text());
    assertEquals("Liberian-flagged oil tanker", attack.recipients().get(0).text(), attack.recipients().toString());
  }

  @Test
  void officialsARegimeInstalledServeIt() {
    Statement said = extract("Russian-installed officials in Zaporizhzhia said Ukrainian forces shelled the town of "
        + "Enerhodar.").get(Layers.STATEMENTS).get(0);
    assertEquals("RUS", said.speaker().country(), said.speaker().toString());
  }

  @Test
  void aLightVerbCarriesCountedEvents() {
    Event strikes = first(extract("The United States and Britain have carried out dozens of strikes on Houthi targets "
        + "since January."), "ASSAULT");
    assertEquals(List.of("USA", "GBR"), strikes.actors().stream().map(Actor::country).toList(), strikes.actors().toString());
  }

  @Test
  void whoRespondsWithStrikesStrikes() {
    Event strikes = first(extract("The army responded with air strikes that killed dozens of the attackers."), "ASSAULT");
    assertTrue(strikes.actors().stream().anyMatch(a -> a.text().equals("army")), strikes.actors().toString());
  }

  @Test
  void theSecondHalfOfAGappedPassiveSuffers() {
    Doc d = extract("The interior ministry said 107 people had been detained and 10 police officers injured.");
    for (Event e : d.get(Layers.EVENTS)) {
      assertTrue(e.actors().stream().noneMatch(a -> a.text().contains("police")), e.toString());
    }
  }

  @Test
  void aPronounSpeakerActsInItsJoinedVerb() {
    Event suspended = first(extract("The military government did not respond to a request for comment. It rarely "
        + "comments on attacks and has suspended several foreign media outlets."), "SANCTION");
    assertEquals("government", suspended.actors().get(0).name(), suspended.actors().toString());
  }

  @Test
  void aSubjectCarvedOutOfTheReportIsNoSpeaker() {
    List<Statement> said = extract("The assailants stormed the post near the town of Djibo before dawn and set fire to "
        + "vehicles, one of the sources said.").get(Layers.STATEMENTS);
    assertEquals("one of the sources", said.get(0).speaker().text(), said.toString());
  }

  @Test
  void tearGasFiredToDisperseProtestersIsOneUseOfForceAgainstThem() {
    Doc d = extract("Georgian riot police fired water cannon and tear gas to disperse thousands of protesters outside "
        + "parliament in Tbilisi late on Saturday.");
    List<Event> force = d.get(Layers.EVENTS).stream().filter(e -> "ASSAULT".equals(e.code().plover())).toList();
    assertEquals(1, force.size(), d.get(Layers.EVENTS).toString());
    assertEquals("GEO", force.get(0).actors().get(0).country(), force.get(0).actors().toString());
    assertTrue(force.get(0).recipients().stream().anyMatch(a -> a.text().contains("protesters")), force.get(0).recipients().toString());
    assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> "COERCE".equals(e.code().plover())), d.get(Layers.EVENTS).toString());
  }

  @Test
  void aCountryOwningAThingDoesNotPlaceTheEvent() {
    Event attack = first(extract("Iran-backed militias attacked a U.S. base in Syria on Monday."), "ASSAULT");
    assertEquals("SY", attack.location().country(), attack.location().toString());
  }

  @Test
  void whatAnotherVerbActsOnIsNoPlaceOfTheEvent() {
    Doc d = extract("Thousands demonstrated on Saturday against the government's decision to suspend talks on joining the "
        + "European Union.");
    Event protest = first(d, "PROTEST");
    assertNotEquals("European Union", protest.location() == null ? null : protest.location().name(), protest.toString());
  }

  @Test
  void aRelativeClauseDateIsNotTheEventsDate() {
    Event retake = first(extract("Burkina Faso's junta, which seized power in 2022, has vowed to retake territory from "
        + "the insurgents."), "COERCE");
    assertNull(retake.time(), String.valueOf(retake.time()));
  }

  @Test
  void aThingIsNoOneADemandIsMadeOf() {
    Doc d = extract("Kremlin spokesman Dmitry Peskov told reporters that any settlement must take into account the "
        + "realities on the ground.");
    assertFalse(d.get(Layers.EVENTS).stream().anyMatch(e -> "REQUEST".equals(e.code().plover())), d.get(Layers.EVENTS).toString());
  }

  @Test
  void aWeaponStandsForWhoeverItsPossessivePronounDoes() {
    Event strike = first(extract("The Israeli military said its aircraft had struck militants in Nuseirat."), "ASSAULT");
    assertEquals("ISR", strike.actors().get(0).country(), strike.actors().toString());
  }

  @Test
  void aNumberOfAGroupCountsTheGroup() {
    Event killed = first(extract("The minister said security forces had killed 15 of the attackers."), "ASSAULT");
    assertEquals("attackers", killed.recipients().get(0).text(), killed.recipients().toString());
  }

  @Test
  void aHyphenatedGroupNameIsOneName() {
    Event killed = first(extract("Al-Shabaab said in a statement that it had killed 23 soldiers."), "ASSAULT");
    assertEquals("SOM", killed.actors().get(0).country(), killed.actors().toString());
    assertEquals("REB", killed.actors().get(0).sector(), killed.actors().toString());
  }

  @Test
  void theNameClosingATitledPhraseSpeaksForTheBodyThatOwnsTheTitle() {
    Statement said = extract("The European Union's foreign policy chief Kaja Kallas said the bloc was considering "
        + "sanctions against Georgian officials.").get(Layers.STATEMENTS).get(0);
    assertEquals("Kaja Kallas", said.speaker().name(), said.speaker().toString());
    assertEquals("IGO", said.speaker().country(), said.speaker().toString());
  }

  @Test
  void suspendedTalksAreNoTalks() {
    Doc d = extract("The government decided on Thursday to suspend talks with the European Union.");
    assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> e.code().plover().equals("CONSULT")
        && e.modality() == org.sitrep.core.model.Modality.ASSERTED), d.get(Layers.EVENTS).toString());
  }

  @Test
  void talksOneIsOpenToAreNotHeld() {
    Doc d = extract("Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to talks.");
    assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> e.code().plover().equals("CONSULT")
        && e.modality() == org.sitrep.core.model.Modality.ASSERTED), d.get(Layers.EVENTS).toString());
    Event fire = first(extract("Russian troops opened fire on the village on Monday."), "ASSAULT");
    assertEquals(org.sitrep.core.model.Modality.ASSERTED, fire.modality(), fire.toString());
  }

  @Test
  void theGroupIsTheArmedGroupNamedJustBefore() {
    Doc d = extract("Yemen's Houthi movement fired two missiles at a tanker in the Red Sea on Tuesday. Houthi military "
        + "spokesman Yahya Saree said the group had targeted the ship because it belonged to a company that dealt with "
        + "Israeli ports.");
    Event targeted = d.get(Layers.EVENTS).stream().filter(e -> d.article().text().substring(e.trigger().start(),
        e.trigger().end()).equals("targeted")).findFirst().orElseThrow(() -> new AssertionError(d.get(Layers.EVENTS).toString()));
    assertEquals("YEM", targeted.actors().get(0).country(), targeted.actors().toString());
    assertEquals("REB", targeted.actors().get(0).sector(), targeted.actors().toString());
    // a Liberian (a people with a country and no sector) before "the group" is no group and breaks nothing
    Event fired = extract("A Liberian sailor was hurt. The group fired two missiles at a tanker on Tuesday.").get(Layers.EVENTS)
        .stream().filter(e -> e.code().plover().equals("ASSAULT") && !e.actors().isEmpty()).findFirst()
        .orElseThrow(() -> new AssertionError("the group's attack is coded"));
    assertTrue(fired.actors().stream().noneMatch(a -> a.country() != null), "no group named before: " + fired.actors());
  }
}
