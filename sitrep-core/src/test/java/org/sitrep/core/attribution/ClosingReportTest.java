package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.core.attribution.StatementFixture.assertSpan;
import static org.sitrep.core.attribution.StatementFixture.byCue;
import static org.sitrep.core.attribution.StatementFixture.statements;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Statement;

/** Wire-report endings whose speaker the parser hangs on the report's last noun: the speaker is read from the words. */
class ClosingReportTest {
  @Test
  void titledSpeakerAfterACasualtyReport() {
    String text = "Russian forces shelled the city of Kherson overnight, killing two civilians and wounding seven others, "
        + "regional governor Oleksandr Prokudin said on Tuesday.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "regional governor Oleksandr Prokudin", s.speaker().span());
    assertSpan(text, "Russian forces shelled the city of Kherson overnight, killing two civilians and wounding seven others",
        s.content().get(0));
  }

  @Test
  void agencyAfterALongPrepositionalChain() {
    String text = "Police detained a man in Moscow on suspicion of planning a sabotage attack on a railway line, the FSB "
        + "said on Friday.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "the FSB", s.speaker().span());
    assertSpan(text, "Police detained a man in Moscow on suspicion of planning a sabotage attack on a railway line",
        s.content().get(0));
  }

  @Test
  void aCueWithMoreThanModifiersAfterItDoesNotCloseTheReport() {
    String text = "Police detained a man in Moscow on suspicion of planning a sabotage attack on a railway line, the FSB "
        + "said in a statement that also named two accomplices.";
    for (Statement s : statements(text)) {
      boolean closing = s.speaker() != null && s.speaker().span().coveredText(text).equals("the FSB")
          && s.content().get(0).coveredText(text).startsWith("Police detained");
      assertEquals(false, closing, "a cue followed by a relative clause was read as closing the sentence: " + s);
    }
  }

  @Test
  void aPhraseThatDoesNotFollowACommaIsNoSpeaker() {
    String text = "The soldiers shelled the village and the officers who gave the order said nothing.";
    for (Statement s : statements(text)) {
      if (s.speaker() != null) assertEquals(false, s.speaker().span().coveredText(text).endsWith("the order"), s.toString());
    }
  }

  @Test
  void anOpeningAdverbIsNoReportOfAPurposeClause() {
    String text = "Meanwhile, Ukrainian President Volodymyr Zelenskyy met with German Chancellor Olaf Scholz in Berlin on "
        + "Monday to discuss additional air defense systems.";
    for (Statement s : statements(text)) {
      for (var c : s.content()) assertEquals(false, c.coveredText(text).equals("Meanwhile"), s.toString());
    }
  }
}
