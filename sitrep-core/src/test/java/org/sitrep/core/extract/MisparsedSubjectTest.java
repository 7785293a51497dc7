package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * "Blinken, who is due to arrive in Cairo on Thursday, urged both sides ...": CoreNLP parses "due" as the subject of
 * "urged" and the verb as a relative clause of "Blinken". An adjective names no one; the speaker and the actor are
 * the noun the clause hangs on.
 */
class MisparsedSubjectTest {
  private static final String TEXT = "U.S. Secretary of State Antony Blinken, who is due to arrive in Cairo on Thursday, "
      + "urged both sides to accept the truce proposal.";

  private static Doc doc() {
    return SharedExtractor.get().extract(Article.of("relcl", TEXT, LocalDate.of(2024, 6, 11)));
  }

  @Test
  void theSpeakerIsThePersonNotTheAdjective() {
    List<Statement> statements = doc().get(Layers.STATEMENTS);
    Statement urged = statements.stream().filter(s -> s.cue().coveredText(TEXT).equals("urged")).findFirst()
        .orElseThrow(() -> new AssertionError(statements.toString()));
    assertEquals("Antony Blinken", urged.speaker().name());
  }

  @Test
  void theRequestIsTheSecretarysNotTheAdjectives() {
    List<Event> events = doc().get(Layers.EVENTS);
    Event request = events.stream().filter(e -> "REQUEST".equals(e.code().plover())).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    List<String> actors = request.actors().stream().map(Actor::name).toList();
    assertEquals(List.of("Antony Blinken"), actors);
  }
}
