package org.sitrep.core.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Credit lines are recognised; news sentences that begin alike are not. */
class CreditLinesTest {
  private static final CreditLines CREDITS = new CreditLines();

  @Test
  void reutersTrailer() {
    assertTrue(CREDITS.isCredit("(Reporting by Lidia Kelly in Melbourne and Olena Harmash in Kyiv; Editing by Raju Gopalakrishnan)"));
    assertTrue(CREDITS.isCredit("Additional reporting by Pavel Polityuk; Writing by Tom Balmforth"));
  }

  @Test
  void byline() {
    assertTrue(CREDITS.isCredit("By Hanna Arhirova"));
    assertTrue(CREDITS.isCredit("By Samya Kullab and Illia Novikov, Associated Press"));
  }

  @Test
  void contributorLine() {
    assertTrue(CREDITS.isCredit("Associated Press writer Jamey Keaten in Geneva contributed to this report."));
  }

  @Test
  void newsSentencesThatStartAlikeAreNoCredits() {
    assertFalse(CREDITS.isCredit("By Tuesday, Russian troops had reached the outskirts of the town."));
    assertFalse(CREDITS.isCredit("Reporting by state media could not be verified, officials said."));
    assertFalse(CREDITS.isCredit("By Sunday evening the fire at the depot was out, the governor said."));
    assertFalse(CREDITS.isCredit("Editing by the censors removed all mention of the strike."));
  }
}
