package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sitrep.core.attribution.StatementFixture.assertSpan;
import static org.sitrep.core.attribution.StatementFixture.byCue;
import static org.sitrep.core.attribution.StatementFixture.statements;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;

/** Speaker and content errors first seen on articles outside PolNeAR, each in a sentence of our own. */
class UnseenArticleErrorsTest {
  @Test
  void relativeWhoSpeakerIsTheNounItStandsFor() {
    String text = "Farmers met the governor, who toured the valley and said that the dam would hold.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "the governor", s.speaker().span());
    assertSpan(text, "that the dam would hold", s.content().get(0));
  }

  @Test
  void trailingAsClauseIsNotWhatWasSaid() {
    String text = "The talks have failed, the minister said, as protesters gathered outside.";
    Statement s = byCue(statements(text), text, "said");
    for (Span c : s.content()) assertFalse(c.coveredText(text).contains("protesters"), c.coveredText(text));
    assertSpan(text, "The talks have failed", s.content().get(0));
  }

  @Test
  void trailingAsClauseAfterADatedCueLeavesTheReportBeforeIt() {
    String text = "Israeli strikes killed at least 12 Palestinians across the Gaza Strip overnight, health officials said "
        + "on Thursday, as mediators pressed both sides to resume talks in Cairo.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "health officials", s.speaker().span());
    assertSpan(text, "Israeli strikes killed at least 12 Palestinians across the Gaza Strip overnight", s.content().get(0));
  }

  @Test
  void asClauseAloneAfterTheCueMakesNoStatement() {
    String text = "The mayor commented as she toured the damaged school.";
    assertEquals(List.of(), statements(text));
  }

  @Test
  void itAfterAnOrganisationThatSpokeIsThatOrganisation() {
    String text = "Northwind Energy said that the pipeline was safe. Shares of Baltic Gas fell in Frankfurt. "
        + "It did not comment on the leak.";
    List<Statement> all = statements(text, e -> e
        .actor("Northwind Energy", EntityType.ORG, "Northwind Energy", null, "BUS", null, false)
        .actor("Baltic Gas", EntityType.ORG, "Baltic Gas", null, "BUS", null, false));
    Statement s = all.stream().filter(x -> x.speaker() != null && "It".equals(x.speaker().text())).findFirst()
        .orElseThrow(() -> new AssertionError("no statement spoken by 'It' in " + all));
    assertEquals("Northwind Energy", s.speaker().name());
  }
}
