package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Span;

/** The dateline's date, with the year written or inferred from a dated reference in the opening: no CoreNLP. */
class DatelineFinderTest {
  private static final DatelineFinder FINDER = new DatelineFinder(new TimeLexicon());

  @Test
  void datelineWithYear() {
    assertEquals(LocalDate.of(2019, 3, 7), FINDER.find("MOSUL, Iraq (March 7, 2019) - Police cleared a market."));
  }

  @Test
  void yearlessDatelineWithoutReferenceDoesNotAnchor() {
    assertNull(FINDER.find("MOSUL, Iraq (March 7) - Police cleared a market."));
  }

  @Test
  void yearlessDatelineTakesYearFromReleaseNumber() {
    String text = "Release 2019-03-P-114\n\nMOSUL, Iraq (March 7) - Police cleared a market.";
    assertEquals(LocalDate.of(2019, 3, 7), FINDER.find(text));
  }

  @Test
  void yearlessDatelineTakesClosestYearAcrossNewYear() {
    String text = "Bulletin 2020-01-B-002\nMOSUL, Iraq (Dec. 31) - Police cleared a market.";
    assertEquals(LocalDate.of(2019, 12, 31), FINDER.find(text));
  }

  @Test
  void yearlessDatelineTakesYearFromFullDateInHeadline() {
    String text = "Police Bulletin of Jan. 2, 2021 for Nineveh\nMOSUL, Iraq (Dec. 30) - Police cleared a market.";
    assertEquals(LocalDate.of(2020, 12, 30), FINDER.find(text));
  }

  @Test
  void yearlessDatelineTakesYearFromAddressStamp() {
    String text = "https://news.example.org/2018/11/market-cleared\nMOSUL, Iraq (Nov. 3) - Police cleared a market.";
    assertEquals(LocalDate.of(2018, 11, 3), FINDER.find(text));
  }

  @Test
  void isoDateIsNotAStamp() {
    // "2017-05-20" is a full date, not a year-month stamp, and it is no dateline: no place line before it.
    assertNull(FINDER.find("Filed 2017-05-20 12:00\nThe police cleared a market on March 7."));
  }

  @Test
  void headlineOpeningWithDateIsTheDateline() {
    String text = "March 7: Police Clear Market in Mosul\nBulletin 2019-03-P-114\nPolice cleared a market last night.";
    assertEquals(LocalDate.of(2019, 3, 7), FINDER.find(text));
  }

  @Test
  void headlineClosingWithDateIsTheDateline() {
    assertEquals(LocalDate.of(2019, 3, 7), FINDER.find("Police Update, March 7, 2019\nPolice cleared a market."));
  }

  @Test
  void dateInsideHeadlineIsNotTheDateline() {
    assertNull(FINDER.find("Police Recall March 7, 2019 Market Attack\nOfficers laid wreaths."));
  }

  @Test
  void titleCasePlaceBeforeParenthesisIsADateline() {
    assertEquals(LocalDate.of(2019, 3, 7), FINDER.find("Police Report\nMosul, Iraq (March 7, 2019) - Police cleared a market."));
  }

  @Test
  void bodyReferenceAfterYearlessDatelineLiesInItsPast() {
    // A month of the body is reported history: Jan. 14 after "July 2018" is the next January, not the one before.
    String text = "MOSUL, Iraq (Jan. 14) - Police arrested a man wanted for a bombing in July 2018.";
    assertEquals(LocalDate.of(2019, 1, 14), FINDER.find(text));
  }

  @Test
  void headlineClosingWithDateWithoutCommaIsTheDateline() {
    assertEquals(LocalDate.of(2019, 3, 7), FINDER.find("Evening Police Update March 7, 2019\nPolice cleared a market."));
  }

  @Test
  void releaseNumberGivesTheMiddleOfItsMonthAsYearReference() {
    assertEquals(LocalDate.of(2010, 7, 15), FINDER.yearReference("Release 2010-07-CA-129\nPolice detained a courier on July 16."));
  }

  @Test
  void noYearReferenceWithoutADatedOpening() {
    assertNull(FINDER.yearReference("Police detained a courier on July 16."));
  }

  @Test
  void parenthesisedDateAfterPlaceLineIsADatelineAnywhere() {
    String text = "Police cleared a market. MOSUL, Iraq (March 9, 2019) Officers found a cache.";
    int at = text.indexOf("March 9, 2019");
    assertTrue(FINDER.isParenthesisedDateline(text, new Span(at, at + "March 9, 2019".length())));
  }

  @Test
  void dateAfterCapitalsAndCommaInTheBodyIsNoDateline() {
    String text = "NATO, the alliance said on June 4, would send more troops.";
    int at = text.indexOf("June 4");
    assertFalse(FINDER.isParenthesisedDateline(text, new Span(at, at + "June 4".length())));
  }
}
