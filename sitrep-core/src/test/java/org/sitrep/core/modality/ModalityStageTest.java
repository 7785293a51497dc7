package org.sitrep.core.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventCode;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Modality;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

class ModalityStageTest {
  private static final ModalityStage STAGE = new ModalityStage();
  private static final EventCode ASSAULT = new EventCode("ASSAULT", null, "190", -10, null);

  /** A document whose coded events are hand-made from trigger words; statements and times added by the test. */
  private static final class Case {
    final String text;
    final List<String> triggers = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    final List<TimeExpression> times = new ArrayList<>();

    Case(String text, String... triggers) {
      this.text = text;
      this.triggers.addAll(List.of(triggers));
    }

    Span span(String mention) {
      int at = text.indexOf(mention);
      assertTrue(at >= 0, mention);
      return new Span(at, at + mention.length());
    }

    Case statement(String speaker, String cue, String content, Stance stance) {
      Actor who = new Actor(span(speaker), speaker, speaker, null, null, null);
      statements.add(new Statement(who, span(cue), cue, List.of(span(content)), null, false, stance, null));
      return this;
    }

    Case genericTime(String mention) {
      times.add(new TimeExpression(span(mention), mention, null, Granularity.YEAR, false, null, null, true));
      return this;
    }

    Case time(String mention, LocalDate day) {
      times.add(new TimeExpression(span(mention), mention, day.toString(), Granularity.DAY, true, day, day, false));
      return this;
    }

    List<Event> events() {
      Doc doc = NlpFixture.parse(text, LocalDate.of(2024, 3, 1));
      List<Sentence> sentences = doc.get(Layers.SENTENCES);
      List<Event> coded = new ArrayList<>();
      for (String t : triggers) {
        Span trigger = span(t);
        Span sentence = sentences.stream().filter(s -> s.span().contains(trigger)).findFirst().orElseThrow().span();
        coded.add(new Event(ASSAULT, List.of(), List.of(), null, null, null, null, Modality.ASSERTED, -1, null, trigger, sentence, 0.5));
      }
      doc = doc.with(Layers.TIMES, times).with(Layers.STATEMENTS, statements).with(Layers.CODED_EVENTS, coded);
      return STAGE.apply(doc).get(Layers.EVENTS);
    }

    Event first() { return events().get(0); }
  }

  @Test
  void deniedSeizureIsNegatedNotAsserted() {
    Case c = new Case("Moscow does not seek to seize the port.", "seize");
    Event e = c.first();
    assertEquals(Modality.NEGATED, e.modality());
    assertEquals(new Span(24, 29), e.trigger());
  }

  @Test
  void denyingAnAttackNegatesIt() {
    assertEquals(Modality.NEGATED, new Case("The army denied attacking the convoy.", "attacking").first().modality());
  }

  @Test
  void noIntentionToCaptureIsNegated() {
    assertEquals(Modality.NEGATED, new Case("Kyiv has no intention to capture the city.", "capture").first().modality());
  }

  @Test
  void didNotAttackIsNegated() {
    assertEquals(Modality.NEGATED, new Case("The rebels did not attack the garrison.", "attack").first().modality());
  }

  @Test
  void questionAboutAnAttackIsHypothetical() {
    assertEquals(Modality.HYPOTHETICAL, new Case("Did the militia attack the village?", "attack").first().modality());
  }

  @Test
  void pressedAboutStrikesIsHypothetical() {
    Case c = new Case("When pressed about the strikes, the spokesman declined to comment.", "strikes");
    assertEquals(Modality.HYPOTHETICAL, c.first().modality());
  }

  @Test
  void possibilityOfAnOffensiveIsHypothetical() {
    Case c = new Case("Analysts discussed the possibility of an offensive in spring.", "offensive");
    assertEquals(Modality.HYPOTHETICAL, c.first().modality());
  }

  @Test
  void plansToLaunchStrikesIsIntended() {
    Case c = new Case("The rebels plan to launch strikes on the capital.", "strikes");
    Event e = c.first();
    assertEquals(Modality.INTENDED, e.modality());
    assertEquals("strikes", e.trigger().coveredText(c.text));
  }

  @Test
  void willSignIsFuture() {
    assertEquals(Modality.FUTURE, new Case("The two governments will sign the accord.", "sign").first().modality());
  }

  @Test
  void futureDateMakesAnEventFuture() {
    Case c = new Case("The ministers meet in Geneva on 10 March.", "meet").time("10 March", LocalDate.of(2024, 3, 10));
    assertEquals(Modality.FUTURE, c.first().modality());
  }

  @Test
  void repeatedStrikesInRecentYearsAreGeneric() {
    Case c = new Case("In recent years, the militia has carried out repeated strikes on border posts.", "strikes")
        .genericTime("In recent years");
    assertEquals(Modality.GENERIC, c.first().modality());
  }

  @Test
  void plainReportIsAssertedAndUnreported() {
    Event e = new Case("Troops shelled the village on Monday.", "shelled").first();
    assertEquals(Modality.ASSERTED, e.modality());
    assertEquals(-1, e.reportedBy());
    assertNull(e.reporter());
  }

  @Test
  void eventInsideConfirmedStatementIsReportedByIt() {
    Case c = new Case("The regional governor confirmed that drones attacked a school.", "attacked")
        .statement("The regional governor", "confirmed", "drones attacked a school", Stance.CONFIRM);
    Event e = c.first();
    assertEquals(Modality.ASSERTED, e.modality());
    assertEquals(0, e.reportedBy());
    assertEquals("The regional governor", e.reporter().text());
  }

  @Test
  void eventGovernedByAttributionCueIsReportedByItAndStaysAsserted() {
    Case c = new Case("The monitors published a report attributing the bombardments to army units.", "bombardments")
        .statement("The monitors", "attributing", "to army units", Stance.ACCUSE);
    Event e = c.first();
    assertEquals(Modality.ASSERTED, e.modality());
    assertEquals(0, e.reportedBy());
    assertEquals("The monitors", e.reporter().text());
  }

  @Test
  void eventInsideDenialIsNegated() {
    Case c = new Case("The ministry rejected claims that its jets bombed the market.", "bombed")
        .statement("The ministry", "rejected", "its jets bombed the market", Stance.REJECT);
    Event e = c.first();
    assertEquals(Modality.NEGATED, e.modality());
    assertEquals(0, e.reportedBy());
  }

  @Test
  void repeatedBorderIncidentsAreGeneric() {
    Case c = new Case("Relations between the neighbours have included repeated border incidents.", "border incidents");
    Event e = c.first();
    assertEquals(Modality.GENERIC, e.modality());
    assertEquals("border incidents", e.trigger().coveredText(c.text));
  }

  @Test
  void conditionalAttackIsHypothetical() {
    assertEquals(Modality.HYPOTHETICAL, new Case("The army would strike if the talks failed.", "strike").first().modality());
  }

  @Test
  void negatedRelativeClauseNegatesBothConjoinedEvents() {
    Case c = new Case("The army prefers options that do not involve a blockade or an invasion of the island.", "blockade", "invasion");
    List<Event> events = c.events();
    assertEquals(Modality.NEGATED, events.get(0).modality());
    assertEquals(Modality.NEGATED, events.get(1).modality());
    assertEquals("invasion", events.get(1).trigger().coveredText(c.text));
  }

  @Test
  void anyEventUnderNegationIsNegated() {
    Case c = new Case("The rebels are not planning a raid as part of any offensive.", "offensive");
    assertEquals(Modality.NEGATED, c.first().modality());
  }

  @Test
  void anyEventWithoutNegationIsGeneric() {
    Case c = new Case("Commanders said they train for any assault on the port.", "assault");
    assertEquals(Modality.GENERIC, c.first().modality());
  }

  @Test
  void secondConjunctOfRepeatedIncidentsIsGenericToo() {
    Case c = new Case("The decade has seen repeated clashes and cross-border raids.", "clashes", "raids");
    List<Event> events = c.events();
    assertEquals(Modality.GENERIC, events.get(0).modality());
    assertEquals(Modality.GENERIC, events.get(1).modality());
  }

  @Test
  void genericTimeOverTheIncludingVerbMakesTheEventGeneric() {
    Case c = new Case("Life on the border in past decades has included shelling.", "shelling").genericTime("in past decades");
    assertEquals(Modality.GENERIC, c.first().modality());
  }

  @Test
  void genericEventLosesItsTimeAndBorrowedPlace() {
    String text = "Troops entered Kupiansk on Monday. Such towns suffer repeated shelling.";
    Doc doc = NlpFixture.parse(text, LocalDate.of(2024, 3, 1));
    Span kupiansk = new Span(15, 23);
    Place place = new Place(kupiansk, "Kupiansk", "Kupiansk", 49.7, 37.6, "UA", null, null, "PPL");
    TimeExpression monday = new TimeExpression(new Span(24, 33), "on Monday", "2024-02-26", Granularity.DAY, true,
        LocalDate.of(2024, 2, 26), LocalDate.of(2024, 2, 26), false);
    int at = text.indexOf("shelling");
    Span sentence = new Span(text.indexOf("Such"), text.length());
    Event coded = new Event(ASSAULT, List.of(), List.of(), place, "context", monday, "sentence", Modality.ASSERTED, -1, null,
        new Span(at, at + 8), sentence, 0.5);
    doc = doc.with(Layers.TIMES, List.of(monday)).with(Layers.STATEMENTS, List.of()).with(Layers.CODED_EVENTS, List.of(coded));
    Event e = STAGE.apply(doc).get(Layers.EVENTS).get(0);
    assertEquals(Modality.GENERIC, e.modality());
    assertNull(e.location());
    assertNull(e.locationLevel());
    assertNull(e.time());
  }

  @Test
  void attackAskedAboutOutsideAStatementsContentKeepsItsOwnModality() {
    Case c = new Case("When asked about the prospect of new strikes on the capital, the minister repeated that there are no plans to retreat.",
        "strikes").statement("the minister", "repeated", "there are no plans to retreat", Stance.DENY);
    Event e = c.first();
    assertEquals(Modality.HYPOTHETICAL, e.modality());
    assertEquals(-1, e.reportedBy());
  }

  @Test
  void wouldAfterAPastCueIsTheSpeakersFuture() {
    Case c = new Case("The rebels said they would attack the depot.", "attack")
        .statement("The rebels", "said", "they would attack the depot", Stance.ASSERT);
    assertEquals(Modality.FUTURE, c.first().modality());
  }

  @Test
  void wouldWithAConditionStaysHypothetical() {
    Case c = new Case("The rebels said they would attack the depot if talks failed.", "attack")
        .statement("The rebels", "said", "they would attack the depot if talks failed", Stance.ASSERT);
    assertEquals(Modality.HYPOTHETICAL, c.first().modality());
  }

  @Test
  void wouldOutsideReportedSpeechStaysHypothetical() {
    assertEquals(Modality.HYPOTHETICAL, new Case("Such a move would attack the very basis of the truce.", "attack").first().modality());
  }

  @Test
  void anActUrgedOnAnotherPartyIsHypothetical() {
    assertEquals(Modality.HYPOTHETICAL, new Case("Egypt urged Israel to withdraw its troops from the crossing.", "withdraw").first().modality());
  }

  @Test
  void anActCalledForIsHypothetical() {
    assertEquals(Modality.HYPOTHETICAL, new Case("The mayor called for the release of the hostages.", "release").first().modality());
  }

  @Test
  void callingAnAttackACrimeAsksForNothing() {
    assertEquals(Modality.ASSERTED, new Case("The minister called the attack a war crime.", "attack").first().modality());
  }

  @Test
  void talksThatWillResumeAreFuture() {
    assertEquals(Modality.FUTURE, new Case("Talks will resume in Doha, a spokesman said.", "Talks").first().modality());
  }

  @Test
  void theSubjectOfAnOrdinaryVerbKeepsItsOwnModality() {
    // the strike happened even if it may have killed no one
    assertEquals(Modality.ASSERTED, new Case("The strike may have killed two soldiers.", "strike").first().modality());
  }

  @Test
  void attacksAGroupConductsInThePresentAreHabitual() {
    assertEquals(Modality.GENERIC, new Case("The commander conducts attacks against police convoys.", "attacks").first().modality());
    assertEquals(Modality.GENERIC, new Case("The cell is responsible for attacks on checkpoints.", "attacks").first().modality());
  }

  @Test
  void theAttacksOfAPastDayAreNoHabit() {
    assertEquals(Modality.ASSERTED, new Case("The commander conducted attacks against police convoys.", "attacks").first().modality());
    assertEquals(Modality.ASSERTED, new Case("The army condemns the attacks on the convoy.", "attacks").first().modality());
  }

  @Test
  void talksUnderWayInThePresentAreOneEventNotAHabit() {
    assertEquals(Modality.ASSERTED, new Case("Ukraine continues difficult talks with the Russians.", "talks").first().modality());
  }

  @Test
  void whatAGroupIsKnownToDoIsGeneric() {
    assertEquals(Modality.GENERIC, new Case("The militia has been known to attack convoys on the highway.", "attack").first().modality());
  }
}
