package org.sitrep.core.attribution;

import static org.sitrep.core.attribution.StatementFixture.assertSpan;
import static org.sitrep.core.attribution.StatementFixture.byCue;
import static org.sitrep.core.attribution.StatementFixture.statements;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Statement;

/** Cues outside the lexicon that the shipped tagger finds, read by the rules' speaker and content finders. */
class TaggedCueTest {
  @Test
  void verbOutsideTheLexiconWithAThatClauseIsACue() {
    String text = "The senator speculated that the vote would slip to June.";
    Statement s = byCue(statements(text), text, "speculated");
    assertSpan(text, "The senator", s.speaker().span());
    assertSpan(text, "that the vote would slip to June", s.content().get(0));
  }
}
