package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.Layers;

/** Small words of an event's clause that belong to someone else: a subordinator's time, an emphatic reflexive. */
class EventClauseDetailsTest {
  private static Event first(String text, String plover, LocalDate published) {
    List<Event> events = SharedExtractor.get().extract(Article.of("clause", text, published)).get(Layers.EVENTS);
    return events.stream().filter(e -> plover.equals(e.code().plover())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + plover + " in " + events));
  }

  @Test
  void theCountBeforeAfterDatesTheMainClauseNotTheVisit() {
    String text = "The convoy left two days after Zelenskyy visited the city on March 6.";
    Event visit = first(text, "CONSULT", LocalDate.of(2024, 3, 14));
    assertEquals("March 6", visit.time().text());
    assertEquals("2024-03-06", visit.time().value());
  }

  @Test
  void anEmphaticReflexiveIsNoSecondActor() {
    String text = "The ministry said Russian troops had themselves fired on the plant.";
    Event attack = first(text, "ASSAULT", LocalDate.of(2024, 4, 10));
    assertEquals(List.of("Russian troops"), attack.actors().stream().map(Actor::text).toList());
  }

  @Test
  void aReasonIsNoRecipient() {
    String text = "Police detained a man in Moscow on suspicion of sabotage on Friday.";
    Event arrest = first(text, "COERCE", LocalDate.of(2024, 7, 13));
    assertEquals(List.of("man"), arrest.recipients().stream().map(Actor::text).toList());
  }

  @Test
  void aPossessiveOfASuperlativeOrABodyIsNoLocation() {
    String text = "The plant, Europe's largest, was shelled on Sunday.";
    Event shelling = first(text, "ASSAULT", LocalDate.of(2024, 4, 10));
    assertEquals(null, shelling.location(), String.valueOf(shelling.location()));
    String body = "Drones operated by Ukraine's SBU security service struck a refinery in Russia's Krasnodar region.";
    Event strike = first(body, "ASSAULT", LocalDate.of(2024, 4, 10));
    assertEquals("Krasnodar", strike.location().text().replace(" region", ""), strike.location().toString());
  }

  @Test
  void aPossessiveCountryOfARegionLeavesTheRegion() {
    String text = "Russian forces shelled villages in Ukraine's Kharkiv region on Sunday.";
    Event shelling = first(text, "ASSAULT", LocalDate.of(2024, 4, 10));
    assertEquals(true, shelling.location().text().startsWith("Kharkiv"), shelling.location().toString());
  }

  @Test
  void aRequestRejectedIsWhatWasActedOn() {
    String text = "Yemen rejected a U.S. request to interrogate the detainees.";
    Event rejection = first(text, "REJECT", LocalDate.of(2024, 7, 13));
    assertEquals(true, rejection.recipients().stream().anyMatch(a -> "USA".equals(a.country())), rejection.recipients().toString());
  }

  @Test
  void aFrontedWithPhraseIsNoCounterpart() {
    String text = "With the signing of the memorandum, the government and the rebels agreed to a ceasefire.";
    Event agreement = first(text, "AGREE", LocalDate.of(2024, 7, 13));
    assertEquals(false, agreement.recipients().stream().anyMatch(a -> a.text().contains("signing")), agreement.recipients().toString());
  }

  @Test
  void aReflexiveUnderAnAuxiliaryStandsForTheSubjectAbove() {
    String text = "Ukraine's foreign ministry said the accusations were \"another provocation\" and that Russian troops had "
        + "themselves fired on the site.";
    Event attack = first(text, "ASSAULT", LocalDate.of(2024, 4, 10));
    assertEquals(List.of("RUS"), attack.actors().stream().map(Actor::country).toList(), attack.actors().toString());
  }
}
