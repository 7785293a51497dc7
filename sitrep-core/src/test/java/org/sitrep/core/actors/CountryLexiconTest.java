package org.sitrep.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountryLexiconTest {
  private final CountryLexicon lexicon = new CountryLexicon();

  @Test
  void bothSpellingsOfTheUkrainianCapitalAreUkraine() {
    for (String name : new String[] {"Kyiv", "Kiev"}) {
      CountryLexicon.Match m = lexicon.lookup(name);
      assertEquals("UKR", m.country().iso3(), name);
      assertEquals(CountryLexicon.Kind.CAPITAL, m.kind(), name);
    }
  }

  @Test
  void demonymsMapToAlpha3() {
    assertEquals("RUS", lexicon.lookup("Russian").country().iso3());
    assertEquals("UKR", lexicon.lookup("Ukrainians").country().iso3());
    assertEquals(CountryLexicon.Kind.DEMONYM, lexicon.lookup("Ukrainian").kind());
  }

  @Test
  void matchingIsCaseSensitive() {
    assertEquals("USA", lexicon.lookup("US").country().iso3());
    assertNull(lexicon.lookup("us"));
  }
}
