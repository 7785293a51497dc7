package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.Layers;

/**
 * Wording that looks like an event and is not one: the reporter's own routine ("did not respond to a request for
 * comment"), and words with a military sense used of politics ("withdraw the bill").
 */
class ReportingBoilerplateTest {
  @Test
  void aRequestForCommentIsNoRequestEvent() {
    String text = "The ministry did not immediately respond to a request for comment. Kyiv requested more air defence.";
    List<Event> events = SharedExtractor.get().extract(Article.of("r", text, LocalDate.of(2025, 8, 11))).get(Layers.EVENTS);
    List<String> triggers = events.stream().map(e -> e.trigger().coveredText(text)).toList();
    assertEquals(List.of("requested"), triggers);
  }

  @Test
  void withdrawingABillIsNoMilitaryRetreat() {
    String text = "Lawmakers voted on Tuesday to withdraw the bill. Russian troops withdrew from the west bank of the Dnipro.";
    List<Event> events = SharedExtractor.get().extract(Article.of("w", text, LocalDate.of(2025, 8, 11))).get(Layers.EVENTS);
    List<String> retreats = events.stream().filter(e -> "RETREAT".equals(e.code().plover()))
        .map(e -> e.trigger().coveredText(text)).toList();
    assertEquals(List.of("withdrew"), retreats);
  }
}
