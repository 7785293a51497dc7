package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.core.attribution.StatementFixture.assertSpan;
import static org.sitrep.core.attribution.StatementFixture.byCue;
import static org.sitrep.core.attribution.StatementFixture.statements;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Statement;

/** Where cue, speaker and content begin and end (PolNeAR's conventions), and reporting frames found beyond the lexicon. */
class AttributionSpanConventionTest {
  private static Span extent(Statement s) {
    Span out = null;
    for (Span c : s.content()) out = out == null ? c : out.union(c);
    return out;
  }

  @Test
  void prepositionOpeningTheContentBelongsToTheCue() {
    String text = "The governor complained about the slow delivery of generators.";
    Statement s = byCue(statements(text), text, "complained about");
    assertSpan(text, "the slow delivery of generators", s.content().get(0));
  }

  @Test
  void cueVerbInAnInfinitiveMakesOneCueWithItsGovernor() {
    String text = "Officials refused to say whether the bridge was damaged.";
    Statement s = byCue(statements(text), text, "refused to say");
    assertSpan(text, "Officials", s.speaker().span());
    assertSpan(text, "whether the bridge was damaged", s.content().get(0));
    assertEquals(Stance.REJECT, s.stance());
  }

  @Test
  void accusedObjectOpensTheContent() {
    String text = "The senator accused the ministry of hiding the casualty figures.";
    Statement s = byCue(statements(text), text, "accused");
    assertSpan(text, "the ministry of hiding the casualty figures", extent(s));
    assertEquals(Stance.ACCUSE, s.stance());
  }

  @Test
  void speakerKeepsItsRelativeClause() {
    String text = "Ivan Petrov, who leads the district council, said the school would reopen in May.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "Ivan Petrov, who leads the district council", s.speaker().span());
  }

  @Test
  void reportingClauseClosingTheSentenceReportsWhatPrecedesIt() {
    String text = "The power plant near the river had been hit twice during the night, the mayor said.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "the mayor", s.speaker().span());
    assertSpan(text, "The power plant near the river had been hit twice during the night", s.content().get(0));
  }

  @Test
  void verbFramingAQuotationIsACueEvenOutsideTheLexicon() {
    String text = "\"We will not leave our homes,\" she continued.";
    Statement s = byCue(statements(text), text, "continued");
    assertSpan(text, "she", s.speaker().span());
    assertSpan(text, "\"We will not leave our homes,\"", s.content().get(0));
    assertTrue(s.direct());
  }

  @Test
  void bareAskedParticipleHasNoSpeakerAndLeavesTheAnswerToTheMainCue() {
    String text = "Asked whether the convoy had arrived, Petrov said, \"Not yet.\"";
    List<Statement> all = statements(text);
    Statement asked = byCue(all, text, "Asked");
    assertNull(asked.speaker());
    assertSpan(text, "whether the convoy had arrived", asked.content().get(0));
    Statement said = byCue(all, text, "said");
    assertSpan(text, "Petrov", said.speaker().span());
    assertSpan(text, "\"Not yet.\"", said.content().get(0));
  }

  @Test
  void trailingAccordingToAttributesWhatPrecedesIt() {
    String text = "Turnout reached sixty percent in the capital, according to election officials, a record for the city.";
    Statement s = byCue(statements(text), text, "according to");
    assertSpan(text, "election officials", s.speaker().span());
    assertEquals(List.of(new Span(0, text.indexOf(","))), s.content());
  }

  @Test
  void contentKeepsTheClosingMarkOfASingleQuotedPhrase() {
    assertEquals(new Span(0, 14), PunctuationEdges.withClosingQuote(new Span(0, 12), "was \u2018cut-off.\u2019 Then"));
    assertEquals(new Span(0, 7), PunctuationEdges.withClosingQuote(new Span(0, 7), "the end. \u2019"));
  }
}
