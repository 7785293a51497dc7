package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.core.attribution.StatementFixture.assertSpan;
import static org.sitrep.core.attribution.StatementFixture.byCue;
import static org.sitrep.core.attribution.StatementFixture.statements;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.lexicon.ResourceFormatException;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Statement;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

class AttributionStageTest {
  private static final AttributionStage STAGE = new AttributionStage();

  @Test
  void namedSpeakerCarriesNameAndTitleFromApposition() {
    String text = "Serbia's interior minister, Marko Ilic, said on Tuesday that the border crossing would reopen.";
    Statement s = byCue(statements(text, e -> e.actor("Marko Ilic", EntityType.PERSON, "Marko Ilic", "SRB", "GOV", null, false)), text, "said");
    assertSpan(text, "Serbia's interior minister, Marko Ilic", s.speaker().span());
    assertEquals("Marko Ilic", s.speaker().name());
    assertEquals("SRB", s.speaker().country());
    assertEquals("interior minister", s.speaker().role());
    assertSpan(text, "that the border crossing would reopen", s.content().get(0));
    assertEquals(Stance.ASSERT, s.stance());
    assertFalse(s.direct());
  }

  @Test
  void pronounSpeakerResolvesToEarlierPerson() {
    String text = "Colonel Anna Berg visited the front line on Monday. She said that the brigade had repelled two assaults.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "She", s.speaker().span());
    assertEquals("She", s.speaker().text());
    assertEquals("Anna Berg", s.speaker().name());
    assertSpan(text, "that the brigade had repelled two assaults", s.content().get(0));
  }

  @Test
  void titleSpeakerResolvesToEarlierPersonWithThatRole() {
    String text = "Defence Minister Petra Novak visited the base. The minister said that the troops were ready.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "The minister", s.speaker().span());
    assertEquals("Petra Novak", s.speaker().name());
  }

  @Test
  void metonymicCitySpeaksForItsGovernment() {
    String text = "Minsk confirmed that its air defences intercepted a drone.";
    Statement s = byCue(statements(text, e -> e.actor("Minsk", EntityType.GPE, "Government of Belarus", "BLR", "GOV", null, true)), text, "confirmed");
    assertSpan(text, "Minsk", s.speaker().span());
    assertEquals("Minsk", s.speaker().text());
    assertEquals("BLR", s.speaker().country());
    assertEquals("GOV", s.speaker().sector());
    assertSpan(text, "that its air defences intercepted a drone", s.content().get(0));
  }

  @Test
  void confirmedThatIsConfirm() {
    String text = "The army confirmed that a supply convoy was hit near the river.";
    Statement s = byCue(statements(text), text, "confirmed");
    assertEquals(Stance.CONFIRM, s.stance());
    assertSpan(text, "The army", s.speaker().span());
  }

  @Test
  void accordingToNamesSpeakerAndContent() {
    String text = "According to the regional governor, three shells hit a school overnight.";
    Statement s = byCue(statements(text), text, "According to");
    assertSpan(text, "the regional governor", s.speaker().span());
    assertEquals(List.of(new Span(text.indexOf("three"), text.indexOf("overnight") + "overnight".length())), s.content());
  }

  @Test
  void directQuoteAfterColon() {
    String text = "The mayor said: \"We will rebuild every school.\"";
    Statement s = byCue(statements(text), text, "said");
    assertTrue(s.direct());
    assertSpan(text, "\"We will rebuild every school.\"", s.content().get(0));
    assertSpan(text, "The mayor", s.speaker().span());
  }

  @Test
  void splitQuoteGivesTwoQuotedSpans() {
    String text = "\"The bridge held,\" the commander said, \"and the column crossed at dawn.\"";
    Statement s = byCue(statements(text), text, "said");
    assertTrue(s.direct());
    assertEquals(2, s.content().size());
    assertSpan(text, "\"The bridge held,\"", s.content().get(0));
    assertSpan(text, "\"and the column crossed at dawn.\"", s.content().get(1));
    assertSpan(text, "the commander", s.speaker().span());
  }

  @Test
  void doubledApostrophesQuoteLikeADoubleQuoteMark() {
    String text = "''The bridge held,'' the commander said, ''and the column crossed at dawn.''";
    Statement s = byCue(statements(text), text, "said");
    assertTrue(s.direct());
    assertEquals(List.of("''The bridge held,''", "''and the column crossed at dawn.''"),
        s.content().stream().map(c -> c.coveredText(text)).toList());
    assertSpan(text, "the commander", s.speaker().span());
  }

  @Test
  void quotedQuestionSplitOffFromItsCueIsStillItsContent() {
    String text = "\u201CHow long can the bridge hold?\u201D the mayor said. \u201CNobody knows.\u201D";
    Statement s = byCue(statements(text), text, "said");
    assertTrue(s.direct());
    assertSpan(text, "the mayor", s.speaker().span());
    assertSpan(text, "\u201CHow long can the bridge hold?\u201D", s.content().get(0));
  }

  @Test
  void quotedStatementInAnEarlierSentenceIsNotTakenByALaterCue() {
    String text = "\u201CThe bridge will hold.\u201D The mayor said nothing more.";
    for (Statement s : statements(text)) assertFalse(s.content().stream().anyMatch(c -> c.start() == 0), s.toString());
  }

  @Test
  void relativeClauseClosingTheSentenceReportsNothing() {
    String text = "\"The road is open,\" said Anna Berg, a driver who has been challenging the toll.";
    List<Statement> all = statements(text);
    Statement s = byCue(all, text, "said");
    assertSpan(text, "\"The road is open,\"", s.content().get(0));
    assertFalse(all.stream().anyMatch(st -> st.cue().coveredText(text).contains("challenging")), all.toString());
  }

  @Test
  void reportedContentEndsAtASemicolon() {
    String text = "The minister said the talks had failed; the delegations left the city on Monday.";
    assertSpan(text, "the talks had failed", byCue(statements(text), text, "said").content().get(0));
  }

  @Test
  void reportedContentEndsBeforeTheSpeakersNextReport() {
    String text = "The mayor said the bridge was safe, saying engineers had checked it twice.";
    assertSpan(text, "the bridge was safe", byCue(statements(text), text, "said").content().get(0));
  }

  @Test
  void semicolonInsideAQuotationDoesNotEndIt() {
    String text = "The mayor said: \"We are ready; the city is not.\"";
    assertSpan(text, "\"We are ready; the city is not.\"", byCue(statements(text), text, "said").content().get(0));
  }

  @Test
  void speakersPartyInBracketsKeepsItsClosingBracket() {
    String text = "Sen. Ann Lee (D-Ore.) said that the bill would pass.";
    assertSpan(text, "Sen. Ann Lee (D-Ore.)", byCue(statements(text), text, "said").speaker().span());
  }

  @Test
  void speakerAfterTheCueKeepsItsRelativeClause() {
    String text = "\"The dam will hold,\" said Ann Lee, an engineer who inspected it on Monday.";
    assertSpan(text, "Ann Lee, an engineer who inspected it on Monday", byCue(statements(text), text, "said").speaker().span());
  }

  @Test
  void interviewPhraseIsTheMedium() {
    String text = "The foreign minister said in an interview with a French newspaper that sanctions would stay.";
    Statement s = byCue(statements(text), text, "said");
    assertSpan(text, "in an interview with a French newspaper", s.medium());
    assertSpan(text, "that sanctions would stay", s.content().get(0));
  }

  @Test
  void negatedContentIsDenial() {
    String text = "The spokesman stated that the army is not planning a new offensive.";
    Statement s = byCue(statements(text), text, "stated");
    assertEquals(Stance.DENY, s.stance());
    assertSpan(text, "that the army is not planning a new offensive", s.content().get(0));
  }

  @Test
  void attributingShellingToUnitsIsAccusationWithTarget() {
    String text = "The regional governor spoke about the attack, attributing the shelling to separatist units.";
    Statement s = byCue(statements(text), text, "attributing");
    assertEquals(Stance.ACCUSE, s.stance());
    assertSpan(text, "the shelling", s.content().get(0));
    assertSpan(text, "separatist units", s.target().span());
    assertSpan(text, "The regional governor", s.speaker().span());
  }

  @Test
  void reiteratedPositionThatThereIsNoPlanIsDenial() {
    String text = "The minister reiterated the position that there is no plan to close the port.";
    List<Statement> all = statements(text);
    Statement s = byCue(all, text, "reiterated");
    assertEquals(Stance.DENY, s.stance());
    assertSpan(text, "that there is no plan to close the port", s.content().get(0));
    assertEquals(1, all.size(), "the nominal cue 'position' must not repeat the statement: " + all);
  }

  @Test
  void twoThatClausesGiveTwoContentSpans() {
    String text = "The envoy said that the talks had stalled and that a new round was unlikely.";
    Statement s = byCue(statements(text), text, "said");
    assertEquals(2, s.content().size());
    assertSpan(text, "that the talks had stalled", s.content().get(0));
    assertSpan(text, "that a new round was unlikely", s.content().get(1));
  }

  @Test
  void contentAfterMisattachedMediumStillFound() {
    // CoreNLP tends to hang a "that" clause after "an interview with a ... group" on the noun as a relative clause.
    String text = "Poland's defence chief, Jan Kowal, stated in an interview with a Czech media group that Warsaw does not seek new bases and that it hopes to keep close ties with Prague.";
    Statement s = byCue(statements(text), text, "stated");
    assertEquals(Stance.DENY, s.stance());
    assertSpan(text, "that Warsaw does not seek new bases", s.content().get(0));
    assertSpan(text, "that it hopes to keep close ties with Prague", s.content().get(1));
    assertSpan(text, "in an interview with a Czech media group", s.medium());
  }

  @Test
  void ownPlanIsIntention() {
    String text = "The rebels said they plan to withdraw from the town.";
    assertEquals(Stance.INTEND, byCue(statements(text), text, "said").stance());
  }

  @Test
  void unparsedSentenceFallsBackToSurfacePatterns() {
    String text = "According to the governor, a depot burned. Officials said that the fire was out.";
    Doc parsed = NlpFixture.parse(text);
    List<Sentence> bare = new ArrayList<>();
    for (Sentence s : parsed.get(Layers.SENTENCES)) bare.add(new Sentence(s.index(), s.span(), s.tokens(), List.of(), false));
    Doc doc = Doc.of(parsed.article()).with(Layers.SENTENCES, bare);
    List<Statement> all = STAGE.apply(TestEntities.fromNer(doc).doc()).get(Layers.STATEMENTS);
    assertSpan(text, "the governor", byCue(all, text, "According to").speaker().span());
    Statement said = byCue(all, text, "said");
    assertSpan(text, "Officials", said.speaker().span());
    assertSpan(text, "that the fire was out", said.content().get(0));
  }

  @Test
  void sentenceWithoutCueHasNoStatement() {
    String text = "Artillery hit a warehouse near the station.";
    assertEquals(List.of(), statements(text));
  }

  @Test
  void parseTriggersIncludeVerbsNounsAndPhrases() {
    assertTrue(STAGE.parseTriggerLemmas().containsAll(List.of("say", "deny", "reiterate", "statement", "according")));
  }

  @Test
  void badStanceInCueFileNamesFileAndLine() {
    ResourceFormatException e = assertThrows(ResourceFormatException.class, () -> new CueLexicon("/sitrep/attribution/bad-cues.tsv"));
    assertTrue(e.getMessage().startsWith("/sitrep/attribution/bad-cues.tsv:4: 'boast' is not a stance"), e.getMessage());
  }

  @Test
  void inanimateSubjectIsNoSpeaker() {
    String text = "The incident underscored the vulnerability of cities near the border.";
    assertTrue(statements(text).isEmpty(), statements(text).toString());
  }

  @Test
  void organisationSubjectOfTheSameCueStillSpeaks() {
    String text = "The ministry underscored that the border was closed.";
    Statement s = byCue(statements(text), text, "underscored");
    assertEquals("The ministry", s.speaker().text());
  }
}
