package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

/** Attribution patterns beyond "X said that Y": loose complements, beliefs, wishes, quote marks (PolNeAR conventions). */
class AttributionRecallTest {
  private static final AttributionStage STAGE = new AttributionStage();

  private static List<Statement> statements(String text) {
    return STAGE.apply(TestEntities.fromNer(NlpFixture.parse(text)).doc()).get(Layers.STATEMENTS);
  }

  private static Statement byCue(List<Statement> all, String text, String cue) {
    for (Statement s : all) if (s.cue().coveredText(text).equals(cue)) return s;
    throw new AssertionError("no statement with cue '" + cue + "' in " + all);
  }

  private static void assertSpan(String text, String expected, Span actual) {
    assertNotNull(actual, "no span where '" + expected + "' was expected");
    assertEquals(expected, actual.coveredText(text));
    assertEquals(text.indexOf(expected), actual.start());
  }

  @Test
  void complementWithoutThatIsTheRestOfTheSentence() {
    String text = "Petrov said much of the convoy was destroyed.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "Petrov", s.speaker().span());
    assertSpan(text, "much of the convoy was destroyed", s.content().get(0));
  }

  @Test
  void addresseeAndTimeAfterCueAreNotContent() {
    String text = "Ivanova told reporters on Monday the bridge was closed.";
    Statement s = byCue(statements(text), text, "told");
    assertSpan(text, "the bridge was closed", s.content().get(0));
  }

  @Test
  void partialQuoteKeepsItsClosingMarks() {
    String text = "The mayor said the city would \u201Chold out until the end.\u201D";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "the city would \u201Chold out until the end.\u201D", s.content().get(0));
  }

  @Test
  void infinitiveComplementIsContent() {
    String text = "The general urged residents to leave the town.";
    Statement s = byCue(statements(text), text, "urged");
    assertSpan(text, "to leave the town", s.content().get(0));
  }
}
