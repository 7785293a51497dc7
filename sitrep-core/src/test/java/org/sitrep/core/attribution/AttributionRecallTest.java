package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.core.attribution.StatementFixture.assertSpan;
import static org.sitrep.core.attribution.StatementFixture.byCue;
import static org.sitrep.core.attribution.StatementFixture.statements;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Statement;

/** Attribution patterns beyond "X said that Y": loose complements, beliefs, wishes, quote marks (PolNeAR conventions). */
class AttributionRecallTest {
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
    String text = "The mayor promised to rebuild the school.";
    Statement s = byCue(statements(text), text, "promised");
    assertSpan(text, "to rebuild the school", s.content().get(0));
  }

  @Test
  void cueIncludesAuxiliariesAndAdverbs() {
    String text = "The governor has also said that the airport will reopen.";
    Statement s = byCue(statements(text), text, "has also said");
    assertSpan(text, "The governor", s.speaker().span());
  }

  @Test
  void cueInsideAQuotationIsNotAStatementOfItsOwn() {
    String text = "\u201CI think the line will hold,\u201D the commander said.";
    List<Statement> all = statements(text);
    assertEquals(1, all.size(), all.toString());
    assertSpan(text, "said", all.get(0).cue());
  }

  @Test
  void nameAndColonOpeningALineIsAStatement() {
    String text = "Petrov: Bridge Will Reopen Within Days\n\nRepairs began on Monday.";
    Statement s = byCue(statements(text), text, ":");
    assertSpan(text, "Petrov", s.speaker().span());
    assertSpan(text, "Bridge Will Reopen Within Days", s.content().get(0));
  }

  @Test
  void beliefVerbFromDerivedLexiconTakesItsClause() {
    String text = "The mayor believes that the shelling will stop. Residents want a ceasefire.";
    Statement s = byCue(statements(text), text, "believes");
    assertSpan(text, "that the shelling will stop", s.content().get(0));
    for (Statement other : statements(text)) assertEquals(false, other.cue().coveredText(text).equals("want"), "'want' with a bare object is no cue");
  }

  @Test
  void wishVerbTakesItsInfinitive() {
    String text = "The rebels want to hold talks in Geneva.";
    Statement s = byCue(statements(text), text, "want");
    assertSpan(text, "The rebels", s.speaker().span());
    assertSpan(text, "to hold talks in Geneva", s.content().get(0));
  }

  @Test
  void quotationAfterTheCueSentenceContinuesWhatWasSaid() {
    String text = "\u201CWe will hold the bridge,\u201D the colonel said. \u201CWe have no other choice.\u201D";
    Statement s = byCue(statements(text), text, "said");
    assertEquals(2, s.content().size(), s.content().toString());
    assertSpan(text, "\u201CWe have no other choice.\u201D", s.content().get(1));
  }

  @Test
  void passiveCueWithInfinitiveHasItsSubjectInTheContent() {
    String text = "The ceasefire is expected to collapse within days.";
    Statement s = byCue(statements(text), text, "is expected");
    assertEquals(null, s.speaker());
    assertSpan(text, "The ceasefire", s.content().get(0));
    assertSpan(text, "to collapse within days", s.content().get(1));
  }

  @Test
  void objectBeforeInfinitiveBelongsToTheContent() {
    String text = "The envoy urged both sides to respect the truce.";
    Statement s = byCue(statements(text), text, "urged");
    assertSpan(text, "both sides to respect the truce", s.content().get(0));
  }

  @Test
  void attributionInsideAnotherStatementsContentIsNotReportedTwice() {
    String text = "Most residents say they believe the army will return.";
    List<Statement> all = statements(text);
    assertEquals(1, all.size(), all.toString());
    assertSpan(text, "say", all.get(0).cue());
    assertSpan(text, "they believe the army will return", all.get(0).content().get(0));
  }

  @Test
  void quotationSignedWithDashAndNameIsAStatement() {
    String text = "Readers wrote to us.\n\n\u201CThe shelling never stops at night.\u201D \u2015 Anna Petrova\n\u201CWe need water.\u201D \u2015 Ivan Sokolov\n";
    Statement s = byCue(statements(text), text, "\u2015");
    assertSpan(text, "Anna Petrova", s.speaker().span());
    assertSpan(text, "\u201CThe shelling never stops at night.\u201D", s.content().get(0));
    assertEquals(true, s.direct());
  }

  @Test
  void addresseeOpeningASplitQuotationIsNotTheSpeaker() {
    String text = "\u201CJudge,\u201D Brafman said, \u201CI have never seen that happen in thirty years.\u201D";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "Brafman", s.speaker().span());
    assertSpan(text, "\u201CJudge,\u201D", s.content().get(0));
    assertSpan(text, "\u201CI have never seen that happen in thirty years.\u201D", s.content().get(1));
  }

  @Test
  void quotationOfTwoSentencesBeforeTheCueIsTakenWhole() {
    String text = "\"There it is. There it is,\" the governor said to laughs. \"The memorised speech.\"";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "\"There it is. There it is,\"", s.content().get(0));
    assertEquals(true, s.direct());
  }

  @Test
  void relativePronounIsTheSpeakerAsWrittenAndNamesItsAntecedent() {
    String text = "The convoy was stopped by Petrov, who said that the bridge was closed.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "who", s.speaker().span());
    assertEquals("Petrov", s.speaker().name());
    assertSpan(text, "that the bridge was closed", s.content().get(0));
  }
  @Test
  void selectedCueVerbWithAThatClauseIsACue() {
    String text = "The auditors found that the depot had been emptied.";
    Statement s = byCue(statements(text), text, "found");
    assertSpan(text, "The auditors", s.speaker().span());
    assertSpan(text, "that the depot had been emptied", s.content().get(0));
  }

  @Test
  void selectedClauseOnlyVerbWithABareObjectIsNoCue() {
    String text = "The patrol found the missing truck near the river.";
    for (Statement s : statements(text)) assertFalse(s.cue().coveredText(text).contains("found"), "a find is no report: " + s);
  }

  @Test
  void innerSayWithItsOwnSpeakerIsReportedToo() {
    String text = "The governor claimed the road was safe and that the mayor said the convoy had passed.";
    List<Statement> all = statements(text);
    Statement inner = byCue(all, text, "said");
    assertSpan(text, "the mayor", inner.speaker().span());
    assertSpan(text, "the convoy had passed", inner.content().get(0));
    Statement outer = byCue(all, text, "claimed");
    assertTrue(outer.content().stream().anyMatch(c -> c.contains(inner.cue())), "the inner report lies in the outer content");
  }
}
