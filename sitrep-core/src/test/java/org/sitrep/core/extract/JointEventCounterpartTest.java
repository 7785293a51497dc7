package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.pipeline.Layers;

/**
 * An event done together with someone names that someone with "with": the leader met with is the meeting's
 * recipient, while the weapon an attack is carried out with is not.
 */
class JointEventCounterpartTest {
  private static Event first(String text, String plover) {
    List<Event> events = SharedExtractor.get().extract(Article.of("joint", text, LocalDate.of(2024, 7, 9))).get(Layers.EVENTS);
    return events.stream().filter(e -> plover.equals(e.code().plover())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + plover + " event in " + text + ": " + events));
  }

  private static List<String> recipients(Event e, String text) {
    return e.recipients().stream().map(Actor::name).toList();
  }

  @Test
  void theLeaderMetWithIsTheMeetingsRecipient() {
    String text = "Zelenskyy met with German Chancellor Olaf Scholz in Berlin on Monday to discuss air defence.";
    Event met = first(text, "CONSULT");
    assertTrue(recipients(met, text).stream().anyMatch(n -> n.contains("Scholz")), recipients(met, text).toString());
  }

  @Test
  void theCountryTalksAreHeldWithIsTheirRecipient() {
    String text = "Turkey held talks with Sweden in Ankara on Friday.";
    Event talks = first(text, "CONSULT");
    assertTrue(talks.recipients().stream().anyMatch(a -> "SWE".equals(a.country())), talks.recipients().toString());
  }

  @Test
  void whatAnAttackIsCarriedOutWithIsNoRecipient() {
    String text = "Russian forces shelled Kherson with artillery on Monday.";
    Event shelling = first(text, "ASSAULT");
    assertEquals(false, recipients(shelling, text).stream().anyMatch(n -> n.contains("artillery")), recipients(shelling, text).toString());
  }
}
