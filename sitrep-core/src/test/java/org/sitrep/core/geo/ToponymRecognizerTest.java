package org.sitrep.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * The recogniser alone, on sentences tagged by hand (no CoreNLP), so each rule meets exactly the NER tags it is about:
 * the tagger's real output varies from sentence to sentence.
 */
class ToponymRecognizerTest {
  private static final ToponymRecognizer RECOGNIZER = new ToponymRecognizer(GazetteerTest.GAZETTEER);

  /**
   * A sentence of space-separated words with one NER tag per word; capitalised words are tagged NNP, others NN, unless
   * {@code commonNouns} lists them.
   */
  private static Sentence sentence(String text, String ner, String... commonNouns) {
    String[] words = text.split(" "), tags = ner.split(" ");
    assertEquals(words.length, tags.length, "one NER tag per word");
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean proper = Character.isUpperCase(w.charAt(0)) && !List.of(commonNouns).contains(w);
      tokens.add(new Token(i, new Span(at, at + w.length()), w, w, proper ? "NNP" : "NN", tags[i]));
      at += w.length() + 1;
    }
    return new Sentence(0, new Span(0, text.length()), tokens, List.of(), false);
  }

  private static List<String> found(String text, String ner, String... commonNouns) {
    return RECOGNIZER.find(text, sentence(text, ner, commonNouns)).stream().map(m -> m.span().coveredText(text)).toList();
  }

  @Test
  void capitalisedDatelineBeforeADashIsAPlace() {
    String text = "KRAMATORSK — Two rockets hit the railway station .";
    assertEquals(List.of("KRAMATORSK"), found(text, "O O O O O O O O O"));
  }

  @Test
  void shortDatelineBeforeAnAgencyCreditIsAPlace() {
    String text = "GAZA ( Reuters ) - Strikes hit a school .";
    assertEquals(List.of("GAZA"), found(text, "O O ORGANIZATION O O O O O O O"));
  }

  @Test
  void capitalisedWordOpeningASentenceWithoutADatelineIsNoPlace() {
    String text = "BUTLER WANTED , the advert said .";
    assertEquals(List.of(), found(text, "O O O O O O O"));
    String mixed = "Mason — a builder from Kherson — was arrested .";
    assertEquals(List.of("Kherson"), found(mixed, "O O O O O LOCATION O O O O"));
  }

  @Test
  void townInsideAnOrganisationNameIsFound() {
    String text = "The Kharkiv Regional Military Administration reported two wounded .";
    assertEquals(List.of("Kharkiv"), found(text, "O ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION O O O O"));
  }

  @Test
  void townAfterOfInAnOrganisationNameIsFound() {
    String text = "Students of the University of Kherson left the city .";
    assertEquals(List.of("Kherson"), found(text, "O O O ORGANIZATION ORGANIZATION ORGANIZATION O O O O"));
  }

  @Test
  void townTaggedAsAPersonIsFoundAfterIn() {
    String text = "Shelling hit homes in Lyman overnight .";
    assertEquals(List.of("Lyman"), found(text, "O O O O PERSON O O"));
  }

  @Test
  void personNamedLikeATownIsNotAPlace() {
    String text = "Lyman said the talks had failed .";
    assertEquals(List.of(), found(text, "PERSON O O O O O O"));
  }

  @Test
  void townTaggedAsAPersonIsFoundBeforeItsRegion() {
    String text = "Residents of Lyman , Donetsk region fled west .";
    List<String> found = found(text, "O O PERSON O LOCATION O O O O");
    assertTrue(found.contains("Lyman"), found.toString());
  }

  @Test
  void headNounOfAStreetNameIsNoTown() {
    String text = "Troops blocked Lenin Street in Melitopol on Monday .";
    assertEquals(List.of("Melitopol"), found(text, "O O LOCATION LOCATION O LOCATION O DATE O"));
  }

  @Test
  void shortCapitalisedAcronymIsNoPlace() {
    String text = "SWAT officers stormed a house in Karachi .";
    assertEquals(List.of("Karachi"), found(text, "ORGANIZATION O O O O O LOCATION O"));
  }

  @Test
  void capitalisedCommonNounIsNoTown() {
    String text = "Fighting resumed after the Spring thaw near Bakhmut .";
    assertEquals(List.of("Bakhmut"), found(text, "O O O O O O O LOCATION O", "Spring"));
  }

  /** The mentions found, each as its covered text and, for a weak one, " (weak)". */
  private static List<String> foundWithStrength(String text, String ner, Set<String> surnames) {
    return RECOGNIZER.find(text, sentence(text, ner), surnames).stream()
        .map(m -> m.span().coveredText(text) + (m.weak() ? " (weak)" : "")).toList();
  }

  @Test
  void firstWordOfALongerUnknownNameIsOnlyAWeakPlace() {
    String text = "Families sheltered in Abu Shouk camp near El Fasher .";
    assertEquals(List.of("Abu (weak)", "El Fasher"),
        foundWithStrength(text, "O O O LOCATION LOCATION O O LOCATION LOCATION O", Set.of()));
  }

  @Test
  void townOpeningTheNameOfItsCouncilIsAWeakPlace() {
    String text = "The Lyman City Council met on Monday .";
    assertEquals(List.of("Lyman (weak)"), foundWithStrength(text, "O ORGANIZATION ORGANIZATION ORGANIZATION O O DATE O", Set.of()));
  }

  @Test
  void townOpeningTheNameOfAShopIsNoPlace() {
    String text = "Fighters looted the Lyman Grocery Market on Monday .";
    assertEquals(List.of(), foundWithStrength(text, "O O O ORGANIZATION ORGANIZATION ORGANIZATION O DATE O", Set.of()));
  }

  @Test
  void townNameTaggedAsAPersonIsOnlyAWeakPlace() {
    String text = "Lyman was shelled again on Monday .";
    assertEquals(List.of("Lyman (weak)"), foundWithStrength(text, "PERSON O O O O DATE O", Set.of()));
  }

  @Test
  void nameBeforeASpeechVerbIsAPersonEvenTaggedLocation() {
    String text = "Lyman said the talks had failed .";
    assertEquals(List.of(), foundWithStrength(text, "LOCATION O O O O O O", Set.of()));
  }

  @Test
  void majorCityBeforeASpeechVerbStaysAPlace() {
    String text = "Kyiv said the talks had failed .";
    assertEquals(List.of("Kyiv"), foundWithStrength(text, "LOCATION O O O O O O", Set.of()));
  }

  @Test
  void nameAfterATitleIsAPerson() {
    String text = "The convoy was led by Capt. Lyman on Monday .";
    assertEquals(List.of(), foundWithStrength(text, "O O O O O O LOCATION O DATE O", Set.of()));
  }

  @Test
  void nameFollowedByAnAgeIsAPerson() {
    String text = "Lyman , 26 , was wounded by shrapnel .";
    assertEquals(List.of(), foundWithStrength(text, "LOCATION O NUMBER O O O O O O", Set.of()));
  }

  @Test
  void surnameOfAPersonNamedInFullIsThePersonUnlessAfterIn() {
    String bare = "Lyman was wounded by shrapnel .";
    assertEquals(List.of(), foundWithStrength(bare, "LOCATION O O O O O", Set.of("lyman")));
    String in = "Shells fell in Lyman overnight .";
    assertEquals(List.of("Lyman"), foundWithStrength(in, "O O O LOCATION O O", Set.of("lyman")));
  }

  @Test
  void regionOpeningAnOrganisationAfterAStreetWordIsStillThePlace() {
    String text = "Officers of the Donetsk Highway Patrol closed the road .";
    assertEquals(List.of("Donetsk"), found(text, "O O O ORGANIZATION ORGANIZATION ORGANIZATION O O O O"));
  }

  @Test
  void compassWordBeforeARegionInAnOrganisationKeepsTheRegion() {
    String text = "The Eastern Kharkiv Volunteer Association sent food .";
    assertEquals(List.of("Kharkiv"), found(text, "O ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION O O O"));
  }

  @Test
  void untaggedTownAfterAtIsOnlyWeakButAfterInIsAPlace() {
    assertEquals(List.of("Lyman (weak)"), foundWithStrength("Volunteers met at Lyman yesterday .", "O O O O O O", Set.of()));
    assertEquals(List.of("Lyman"), foundWithStrength("Volunteers met in Lyman yesterday .", "O O O O O O", Set.of()));
  }

  @Test
  void facilityWordAfterAnUntaggedProperNounIsNoTown() {
    String text = "The wounded reached the Regional Medical Center in Kramatorsk .";
    assertEquals(List.of("Kramatorsk"), found(text, "O O O O O O O O LOCATION O"));
  }

  @Test
  void capitalisedWordBeforeOfAndANameIsAnOfficeNotATown() {
    String text = "The Secretary of State visited Lyman on Monday .";
    assertEquals(List.of("Lyman"), found(text, "O O O O O LOCATION O DATE O"));
  }
}
