package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Modality;
import org.sitrep.core.pipeline.Layers;

/**
 * Calls between leaders, the commonest diplomatic event of presidential press releases, coded end to end: a phone or
 * video conversation is PLOVER CONSULT in the phone mode (CAMEO 041), whether a verb or a noun names it, in a
 * headline without a verb as in a sentence.
 */
class DiplomacyCodingTest {
  private static List<Event> consultations(String text) {
    List<Event> events = SharedExtractor.get().extract(Article.of("call", text, LocalDate.of(2022, 2, 3))).get(Layers.EVENTS);
    return events.stream().filter(e -> "CONSULT".equals(e.code().plover())).toList();
  }

  private static void phoneCall(String text, String trigger) {
    List<Event> calls = consultations(text);
    assertEquals(1, calls.size(), () -> text + " -> " + calls.stream().map(e -> e.trigger().coveredText(text) + " "
        + e.code()).toList());
    Event e = calls.get(0);
    assertEquals(trigger, e.trigger().coveredText(text));
    assertEquals("041", e.code().cameo());
    assertEquals("phone", e.code().mode());
    assertEquals(Modality.ASSERTED, e.modality());
  }

  @Test
  void aHeadlineNamingATelephoneConversationIsAPhoneConsultation() {
    phoneCall("Telephone conversation with Prime Minister of Norway Jonas Gahr Store\n\n"
        + "The two leaders exchanged views on European security.", "Telephone conversation");
  }

  @Test
  void havingAPhoneConversationIsAPhoneConsultation() {
    phoneCall("The President of Ukraine had a phone conversation with the Chancellor of Austria on Tuesday.",
        "phone conversation");
  }

  @Test
  void aVideoCallIsAConsultationByOtherMedia() {
    phoneCall("The foreign ministers of Poland and Lithuania held a video call on the grain corridor.", "video call");
  }
}
