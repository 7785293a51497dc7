package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/**
 * Who reports, who acts and what happens, kept apart in wire-report sentences: coordinated speakers closing a
 * report, a place in a title, a war that "has killed", an envoy "expected to meet", a count that restates its day.
 */
class ClosingReportersTest {
  private static Doc extract(String text, LocalDate published) {
    return SharedExtractor.get().extract(Article.of("closing", text, published));
  }

  @Test
  void coordinatedClosingSpeakersReportAndAreNotVictims() {
    String text = "Paramilitary fighters stormed a village on Wednesday, killing more than 100 people, activists and a "
        + "local resistance committee said.";
    Doc d = extract(text, LocalDate.of(2024, 6, 13));
    List<Statement> said = d.get(Layers.STATEMENTS);
    assertEquals(1, said.size(), said.toString());
    assertEquals("activists and a local resistance committee", said.get(0).speaker().text());
    Event attack = d.get(Layers.EVENTS).stream().filter(e -> "ASSAULT".equals(e.code().plover())).findFirst().orElseThrow();
    assertTrue(attack.recipients().stream().noneMatch(a -> a.text().contains("activists") || a.text().contains("committee")),
        attack.recipients().toString());
  }

  @Test
  void aWarThatHasKilledIsNoActor() {
    String text = "The war between the army and the RSF erupted in April last year and has killed more than 14,000 people.";
    for (Event e : extract(text, LocalDate.of(2024, 6, 13)).get(Layers.EVENTS)) {
      assertTrue(e.actors().stream().noneMatch(a -> a.text().contains("war")), e.toString());
    }
  }

  @Test
  void anEnvoyExpectedToMeetIsWhoMeets() {
    String text = "French envoy Jean-Yves Le Drian is expected to meet parliament speaker Nabih Berri on Wednesday.";
    Event meeting = extract(text, LocalDate.of(2024, 6, 18)).get(Layers.EVENTS).stream()
        .filter(e -> "CONSULT".equals(e.code().plover())).findFirst().orElseThrow();
    assertEquals(List.of("FRA"), meeting.actors().stream().map(Actor::country).toList(), meeting.actors().toString());
  }

  @Test
  void theAccusedNamedBeforeOfShellsEvenWhenTheGerundHangsOnTheName() {
    String text = "The resistance committee accused the Rapid Support Forces of shelling the village before fighters "
        + "entered it on motorcycles and pickup trucks.";
    Event shelling = extract(text, LocalDate.of(2024, 6, 13)).get(Layers.EVENTS).stream()
        .filter(e -> "ASSAULT".equals(e.code().plover())).findFirst().orElseThrow();
    assertTrue(shelling.actors().stream().anyMatch(a -> a.text().contains("Rapid Support Forces")), shelling.actors().toString());
  }

  @Test
  void aGovernorNamedByHisRegionBelongsToItsCountry() {
    String text = "Acting Kursk governor Alexei Smirnov said five civilians had been killed.";
    Statement said = extract(text, LocalDate.of(2024, 8, 7)).get(Layers.STATEMENTS).get(0);
    assertEquals("RUS", said.speaker().country(), said.speaker().toString());
  }

  @Test
  void aCountAfterADayRestatesThatDay() {
    String text = "Ukrainian troops pushed deeper into the region on Wednesday, a day after launching the incursion.";
    List<TimeExpression> times = extract(text, LocalDate.of(2024, 8, 7)).get(Layers.TIMES);
    TimeExpression count = times.stream().filter(t -> t.text().startsWith("a day")).findFirst().orElseThrow();
    assertEquals("2024-08-07", count.value(), times.toString());
  }

  private static List<Event> events(String text, LocalDate published) {
    return extract(text, published).get(Layers.EVENTS);
  }

  @Test
  void whoInARelativeClauseIsTheNounItDescribes() {
    String text = "President Volodymyr Zelenskyy, who met NATO Secretary-General Mark Rutte in Kyiv on Thursday, said Ukraine "
        + "would not negotiate under pressure.";
    Event meeting = events(text, LocalDate.of(2024, 5, 17)).stream().filter(e -> "met".equals(e.trigger().coveredText(text)))
        .findFirst().orElseThrow();
    assertEquals(List.of("Volodymyr Zelenskyy"), meeting.actors().stream().map(Actor::name).toList(), meeting.toString());
  }

  @Test
  void raidsThatMadeArrestsAreTheArrests() {
    String text = "Israeli forces arrested 25 Palestinians in overnight raids in the West Bank.";
    List<Event> found = events(text, LocalDate.of(2024, 6, 10));
    assertEquals(List.of("COERCE"), found.stream().map(e -> e.code().plover()).toList(), found.toString());
  }

  @Test
  void destroyingDronesIsDisruptedWeaponsUse() {
    String text = "Russia's Defence Ministry said air defences destroyed 44 Ukrainian drones over several regions overnight.";
    Event e = events(text, LocalDate.of(2024, 5, 17)).stream().filter(x -> "ASSAULT".equals(x.code().plover()))
        .findFirst().orElseThrow();
    assertEquals("Disrupted weapons use", e.code().acled().subEventType(), e.toString());
  }

  @Test
  void seizingPowerIsNoCaptureOfGround() {
    String text = "The junta seized power in a coup in 2020.";
    assertTrue(events(text, LocalDate.of(2024, 9, 18)).stream().noneMatch(e -> "COERCE".equals(e.code().plover())));
  }

  @Test
  void aSentenceEndingInAClockTimeEndsThere() {
    String text = "Residents said they heard gunfire near the airport from around 5 a.m. Flights were suspended, the airport "
        + "said. The raid began at 7 a.m. Moscow time and ended at 9 p.m. Tuesday.";
    Doc d = extract(text, LocalDate.of(2024, 9, 18));
    assertEquals(3, d.get(Layers.SENTENCES).size(), d.get(Layers.SENTENCES).toString());
    List<String> speakers = d.get(Layers.STATEMENTS).stream().map(st -> st.speaker().text()).toList();
    assertEquals(List.of("Residents", "the airport"), speakers);
  }

  @Test
  void anUnnamedStateBodySpeaksForTheDatelineCountryAPersonDoesNot() {
    String text = "BAMAKO (Reuters) - Islamist militants attacked an air base on Tuesday, the army said. Governor Ivan "
        + "Petrov said the fire had been put out.";
    List<Statement> said = extract(text, LocalDate.of(2024, 9, 18)).get(Layers.STATEMENTS);
    assertEquals(2, said.size(), said.toString());
    assertEquals("MLI", said.get(0).speaker().country(), said.get(0).speaker().toString());
    assertEquals(null, said.get(1).speaker().country(), said.get(1).speaker().toString());
  }
}
