package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sitrep.core.attribution.StatementFixture.assertSpan;
import static org.sitrep.core.attribution.StatementFixture.byCue;
import static org.sitrep.core.attribution.StatementFixture.statements;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Statement;

/**
 * The stage's tagged-cue path: a cue only the tagger knows (the lexicon lacks "mutter") is read by the same speaker
 * and content finders as a lexicon cue. The weights are written here, so the test does not move with the shipped file.
 */
class TaggedCueStageTest {
  private static final String KNOWS_MUTTER = """
      # test weights: every token is O, except a token of the lemma "mutter", which begins a cue
      feature\tO\tB\tI
      b\t1\t0\t0
      l=mutter\t0\t5\t0
      """;
  private static final String KNOWS_NOTHING = """
      # test weights: every token is O
      feature\tO\tB\tI
      b\t1\t0\t0
      """;
  private static final String TEXT = "The harbour master muttered that the ferry would stay in port.";
  private static final String KNOWS_SHOW_AND_WANT = """
      # test weights: every token is O, except a token of the lemma "show" or "want", which begins a cue
      feature\tO\tB\tI
      b\t1\t0\t0
      l=show\t0\t5\t0
      l=want\t0\t5\t0
      """;

  @Test
  void cueOnlyTheTaggerFindsBecomesAStatementWithSpeakerAndContent() {
    Statement s = byCue(statements(new AttributionStage(WeightRows.of(KNOWS_MUTTER)), TEXT, e -> e), TEXT, "muttered");
    assertSpan(TEXT, "The harbour master", s.speaker().span());
    assertEquals(List.of("that the ferry would stay in port"), s.content().stream().map(c -> c.coveredText(TEXT)).toList());
    assertEquals("mutter", s.cueLemma());
  }

  @Test
  void withoutTheTaggerTheVerbOutsideTheLexiconIsNoCue() {
    List<Statement> found = statements(new AttributionStage(WeightRows.of(KNOWS_NOTHING)), TEXT, e -> e);
    assertFalse(found.stream().anyMatch(s -> s.cue().coveredText(TEXT).equals("muttered")), found.toString());
  }

  @Test
  void clauseOnlyLexiconVerbTheTaggerMarksTakesItsObject() {
    String text = "The latest survey showed the governor leading the race.";
    Statement s = byCue(statements(new AttributionStage(WeightRows.of(KNOWS_SHOW_AND_WANT)), text, e -> e), text, "showed");
    assertSpan(text, "The latest survey", s.speaker().span());
    assertSpan(text, "the governor leading the race", s.content().get(0));
  }

  @Test
  void clauseOnlyLexiconVerbStaysSilentWithoutTheTagger() {
    String text = "The latest survey showed the governor leading the race.";
    List<Statement> found = statements(new AttributionStage(WeightRows.of(KNOWS_NOTHING)), text, e -> e);
    assertFalse(found.stream().anyMatch(s -> s.cue().coveredText(text).equals("showed")), found.toString());
  }

  @Test
  void wishVerbTheTaggerMarksStillNeedsAClause() {
    String text = "Residents want a ceasefire.";
    List<Statement> found = statements(new AttributionStage(WeightRows.of(KNOWS_SHOW_AND_WANT)), text, e -> e);
    assertFalse(found.stream().anyMatch(s -> s.cue().coveredText(text).equals("want")), found.toString());
  }
}
