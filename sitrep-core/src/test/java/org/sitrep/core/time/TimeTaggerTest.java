package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;

/** Recognition and resolution on plain text with a given anchor and tense: no CoreNLP. */
class TimeTaggerTest {
  private static final TimeTagger TAGGER = new TimeTagger(new TimeLexicon());
  private static final LocalDate JUNE_4_2023 = LocalDate.of(2023, 6, 4); // a Sunday

  private static List<TimeExpression> tag(String text, LocalDate anchor, Tense tense) {
    return TAGGER.tag(text, anchor, tense);
  }

  /** The whole text as one past-tense region, counted as {@code anchoring} says. */
  private static List<TimeExpression> tag(String text, TimeTagger.Anchoring anchoring) {
    return TAGGER.tag(text, anchoring, List.of(new TimeTagger.Region(new Span(0, text.length()), s -> Tense.PAST, List.of())));
  }

  /** The expression of {@code found} covering {@code covered}, checked to start at its first occurrence after {@code from}. */
  private static TimeExpression at(List<TimeExpression> found, String text, String covered, int from) {
    int start = text.indexOf(covered, from);
    return found.stream().filter(t -> t.span().start() == start && t.text().equals(covered)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + covered + "' at " + start + " in " + found));
  }

  /** The one expression of {@code text}, checked to cover {@code covered} at its offsets. */
  private static TimeExpression only(String text, String covered, LocalDate anchor, Tense tense) {
    List<TimeExpression> found = tag(text, anchor, tense);
    assertEquals(1, found.size(), () -> "expressions in '" + text + "': " + found);
    TimeExpression t = found.get(0);
    assertEquals(covered, t.text());
    assertEquals(text.indexOf(covered), t.span().start());
    assertEquals(text.indexOf(covered) + covered.length(), t.span().end());
    return t;
  }

  private static void assertValue(String value, Granularity granularity, TimeExpression t) {
    assertEquals(value, t.value());
    assertEquals(granularity, t.granularity());
    assertTrue(t.resolved());
    assertFalse(t.generic());
  }

  @Test
  void monthDayYearIsAbsolute() {
    assertValue("2023-06-04", Granularity.DAY, only("Troops entered the town on June 4, 2023, officials said.", "June 4, 2023", null, Tense.PAST));
  }

  @Test
  void dayMonthYearIsAbsolute() {
    assertValue("2023-06-04", Granularity.DAY, only("The ceasefire began on 4 June 2023 at dawn.", "4 June 2023", null, Tense.PAST));
  }

  @Test
  void isoDateIsAbsolute() {
    assertValue("2023-06-04", Granularity.DAY, only("Report dated 2023-06-04 from the border.", "2023-06-04", null, Tense.PRESENT));
  }

  @Test
  void abbreviatedMonthWithFullStop() {
    assertValue("2013-01-25", Granularity.DAY, only("The raid took place on Jan. 25, 2013 near the pass.", "Jan. 25, 2013", null, Tense.PAST));
  }

  @Test
  void monthAndYear() {
    assertValue("2023-05", Granularity.MONTH, only("Shelling intensified in May 2023 along the front.", "May 2023", null, Tense.PAST));
  }

  @Test
  void yearAfterPreposition() {
    assertValue("2023", Granularity.YEAR, only("The brigade was formed in 2023 after heavy losses.", "2023", null, Tense.PAST));
  }

  @Test
  void bareNumberIsNotAYearWithoutDateTag() {
    assertTrue(tag("Some 2023 soldiers crossed the river.", JUNE_4_2023, Tense.PAST).isEmpty());
  }

  @Test
  void modalMayIsNotAMonth() {
    assertTrue(tag("The rebels may attack again in the north.", JUNE_4_2023, Tense.FUTURE).isEmpty());
  }

  @Test
  void lateMayIsThirdPartOfPrecedingMonth() {
    TimeExpression t = only("Rebels seized the airport in late May.", "late May", JUNE_4_2023, Tense.PAST);
    assertValue("2023-05-21/2023-05-31", Granularity.PART_OF_MONTH, t);
    assertEquals(LocalDate.of(2023, 5, 21), t.start());
    assertEquals(LocalDate.of(2023, 5, 31), t.end());
  }

  @Test
  void aDayInLateMayIsOneExpression() {
    assertValue("2023-05-21/2023-05-31", Granularity.PART_OF_MONTH,
        only("Drones struck a depot on a day in late May.", "a day in late May", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void earlyJuneIsFirstTenDays() {
    assertValue("2023-06-01/2023-06-10", Granularity.PART_OF_MONTH, only("Talks stalled in early June.", "early June", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void midMarchWithHyphen() {
    assertValue("2023-03-11/2023-03-20", Granularity.PART_OF_MONTH, only("The offensive began in mid-March.", "mid-March", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void endOfFebruaryInLeapYearEndsOn29th() {
    assertValue("2024-02-21/2024-02-29", Granularity.PART_OF_MONTH,
        only("Supplies ran out at the end of February.", "the end of February", LocalDate.of(2024, 3, 10), Tense.PAST));
  }

  @Test
  void lateMayWithoutPublicationDateStaysUnresolved() {
    TimeExpression t = only("Rebels seized the airport in late May.", "late May", null, Tense.PAST);
    assertFalse(t.resolved());
    assertNull(t.value());
    assertNull(t.start());
    assertEquals(Granularity.PART_OF_MONTH, t.granularity());
  }

  @Test
  void pastMonthLaterInYearGoesToPreviousYear() {
    assertValue("2022-11", Granularity.MONTH, only("The bridge was destroyed in November.", "November", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void futureMonthEarlierInYearGoesToNextYear() {
    assertValue("2024-02", Granularity.MONTH, only("Elections will be held in February.", "February", JUNE_4_2023, Tense.FUTURE));
  }

  @Test
  void pastWeekdayGoesBackwards() {
    // June 4, 2023 is a Sunday: the Tuesday before it is May 30.
    assertValue("2023-05-30", Granularity.DAY, only("Militants attacked a convoy on Tuesday.", "Tuesday", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void futureWeekdayGoesForwards() {
    assertValue("2023-06-06", Granularity.DAY, only("Envoys will meet on Tuesday.", "Tuesday", JUNE_4_2023, Tense.FUTURE));
  }

  @Test
  void lastFridayIsBeforeAnchorWhateverTheTense() {
    assertValue("2023-06-02", Granularity.DAY, only("The port reopens after last Friday's strike.", "last Friday", JUNE_4_2023, Tense.PRESENT));
  }

  @Test
  void pastWeekdaySameAsAnchorIsTheAnchor() {
    assertValue("2023-06-04", Granularity.DAY, only("Police said on Sunday two men were held.", "Sunday", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void yesterdayIsTheDayBeforeTheAnchor() {
    assertValue("2023-06-03", Granularity.DAY, only("A car bomb exploded yesterday in the market.", "yesterday", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void lastNightIsTheDayBefore() {
    assertValue("2023-06-03", Granularity.DAY, only("Sirens sounded across the city last night.", "last night", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void tonightAndThisMorningAreTheAnchor() {
    List<TimeExpression> found = tag("Patrols left this morning and return tonight.", JUNE_4_2023, Tense.PRESENT);
    assertEquals(List.of("this morning", "tonight"), found.stream().map(TimeExpression::text).toList());
    assertEquals(List.of("2023-06-04", "2023-06-04"), found.stream().map(TimeExpression::value).toList());
  }

  @Test
  void overnightIsTheNightBefore() {
    assertValue("2023-06-03", Granularity.DAY, only("Drones struck a depot overnight, the governor said.", "overnight", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void yesterdayAcrossNewYear() {
    assertValue("2023-12-31", Granularity.DAY, only("Gunmen fired on a checkpoint yesterday.", "yesterday", LocalDate.of(2024, 1, 1), Tense.PAST));
  }

  @Test
  void pastDayWithoutYearCrossesYearBoundary() {
    assertValue("2023-12-30", Granularity.DAY,
        only("The hostages were freed on December 30.", "December 30", LocalDate.of(2024, 1, 3), Tense.PAST));
  }

  @Test
  void futureDayWithoutYearCrossesYearBoundary() {
    assertValue("2024-01-05", Granularity.DAY, only("The court will rule on January 5.", "January 5", LocalDate.of(2023, 12, 28), Tense.FUTURE));
  }

  @Test
  void leapDayFindsTheLastLeapYear() {
    assertValue("2024-02-29", Granularity.DAY, only("The base was shelled on February 29.", "February 29", LocalDate.of(2025, 3, 1), Tense.PAST));
  }

  @Test
  void impossibleDateIsDropped() {
    assertTrue(tag("Fighting resumed on February 30, 2023 in the east.", null, Tense.PAST).isEmpty());
  }

  @Test
  void leapDayWithYear() {
    assertValue("2024-02-29", Granularity.DAY, only("Aid arrived on 29 February 2024.", "29 February 2024", null, Tense.PAST));
  }

  @Test
  void lastWeekIsTheCalendarWeekBefore() {
    assertValue("2023-05-22/2023-05-28", Granularity.WEEK, only("Officials met last week in the capital.", "last week", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void nextMonthAndThisYear() {
    List<TimeExpression> found = tag("Troops leave next month, the third pullout this year.", JUNE_4_2023, Tense.FUTURE);
    assertEquals(List.of("2023-07", "2023"), found.stream().map(TimeExpression::value).toList());
    assertEquals(List.of(Granularity.MONTH, Granularity.YEAR), found.stream().map(TimeExpression::granularity).toList());
  }

  @Test
  void earlierThisMonthRunsFromTheFirstToTheAnchor() {
    assertValue("2023-06-01/2023-06-04", Granularity.PART_OF_MONTH,
        only("The envoy resigned earlier this month.", "earlier this month", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void daysAgoCountsBackFromTheAnchor() {
    assertValue("2023-06-01", Granularity.DAY, only("The dam collapsed three days ago.", "three days ago", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void weeksAgoIsAWeek() {
    assertValue("2023-05-15/2023-05-21", Granularity.WEEK, only("The general vanished 2 weeks ago.", "2 weeks ago", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void daysLaterChainsFromThePreviousResolvedDay() {
    List<TimeExpression> found = tag("The town fell on May 10. Three days later, the army retook it.", JUNE_4_2023, Tense.PAST);
    assertEquals(List.of("May 10", "Three days later"), found.stream().map(TimeExpression::text).toList());
    assertEquals("2023-05-13", found.get(1).value());
    assertEquals(Granularity.DAY, found.get(1).granularity());
  }

  @Test
  void daysAfterTheStrikeChainsToo() {
    List<TimeExpression> found = tag("A missile hit the plant on Tuesday. Two days after the strike, staff returned.", JUNE_4_2023, Tense.PAST);
    assertEquals("Two days after", found.get(1).text());
    assertEquals("2023-06-01", found.get(1).value());
  }

  @Test
  void daysAfterADatedClauseCountFromItsDay() {
    String text = "Talks resume on Tuesday. The strike came two days after Zelenskyy visited the city on March 6.";
    List<TimeExpression> found = tag(text, LocalDate.of(2024, 3, 14), Tense.PAST);
    TimeExpression t = at(found, text, "two days after", 0);
    assertEquals("2024-03-08", t.value());
  }

  @Test
  void theDayBeforeADatedClauseCountsBackFromIt() {
    String text = "The day before the talks opened in Geneva on May 10, shelling resumed.";
    assertEquals("2023-05-09", at(tag(text, JUNE_4_2023, Tense.PAST), text, "The day before", 0).value());
  }

  @Test
  void aDateInTheNextSentenceIsNotWhatTheCountStartsFrom() {
    String text = "A missile hit the plant on Tuesday. Two days after the strike, staff returned. Talks resumed on May 10.";
    assertEquals("2023-06-01", at(tag(text, JUNE_4_2023, Tense.PAST), text, "Two days after", 0).value());
  }

  @Test
  void overTheWeekendInThePastIsTheWeekendBefore() {
    LocalDate monday = LocalDate.of(2024, 1, 1); // a Monday
    assertValue("2023-12-30/2023-12-31", Granularity.INTERVAL,
        only("The ministry said it shot down drones over the weekend.", "the weekend", monday, Tense.PAST));
  }

  @Test
  void thisWeekendInTheFutureIsTheComingOne() {
    LocalDate wednesday = LocalDate.of(2024, 2, 28); // a leap year's Wednesday: Saturday is 2 March
    assertValue("2024-03-02/2024-03-03", Granularity.INTERVAL,
        only("Leaders will meet this weekend in Paris.", "this weekend", wednesday, Tense.FUTURE));
  }

  @Test
  void overTheWeekendSaidOnASundayIsTheWeekendUnderWay() {
    assertValue("2023-06-03/2023-06-04", Granularity.INTERVAL,
        only("Shelling intensified over the weekend.", "the weekend", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void lastWeekendAcrossTheYearBoundary() {
    LocalDate tuesday = LocalDate.of(2025, 1, 7);
    assertValue("2025-01-04/2025-01-05", Granularity.INTERVAL,
        only("Protesters marched last weekend.", "last weekend", tuesday, Tense.PAST));
    assertValue("2024-12-28/2024-12-29", Granularity.INTERVAL,
        only("Protesters marched last weekend.", "last weekend", LocalDate.of(2024, 12, 31), Tense.PAST));
  }

  @Test
  void daysAfterAnotherUndatedEventStayUnresolved() {
    List<TimeExpression> found = tag("Drones hit Kharkiv on Tuesday. The strike came three days after a similar attack on Odesa.",
        JUNE_4_2023, Tense.PAST);
    TimeExpression t = at(found, "Drones hit Kharkiv on Tuesday. The strike came three days after a similar attack on Odesa.",
        "three days after", 0);
    assertFalse(t.resolved(), t::toString);
  }

  @Test
  void chainWithoutEarlierDayStaysUnresolved() {
    TimeExpression t = only("Three days later, the army retook the town.", "Three days later", JUNE_4_2023, Tense.PAST);
    assertFalse(t.resolved());
    assertEquals(Granularity.DAY, t.granularity());
  }

  @Test
  void betweenDaysOfAMonthIsAnInterval() {
    assertValue("2023-05-03/2023-05-05", Granularity.INTERVAL,
        only("Convoys were shelled between 3 and 5 May.", "between 3 and 5 May", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void fromMonthToMonthIsAnInterval() {
    assertValue("2023-05-01/2023-06-30", Granularity.INTERVAL,
        only("Fighting raged from May to June 2023 in the valley.", "from May to June 2023", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void sinceYearRunsToTheAnchor() {
    assertValue("2014-01-01/2023-06-04", Granularity.INTERVAL,
        only("The region has been occupied since 2014.", "since 2014", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void sinceWithoutAnchorStaysUnresolved() {
    TimeExpression t = only("The region has been occupied since 2014.", "since 2014", null, Tense.PAST);
    assertFalse(t.resolved());
    assertEquals(Granularity.INTERVAL, t.granularity());
  }

  @Test
  void durationHasNoValue() {
    TimeExpression t = only("The siege lasted for three days.", "three days", JUNE_4_2023, Tense.PAST);
    assertEquals(Granularity.DURATION, t.granularity());
    assertFalse(t.resolved());
    assertNull(t.value());
    assertFalse(t.generic());
  }

  @Test
  void inRecentYearsIsGeneric() {
    TimeExpression t = only("Attacks on pipelines have grown in recent years.", "in recent years", JUNE_4_2023, Tense.PAST);
    assertTrue(t.generic());
    assertFalse(t.resolved());
    assertNull(t.value());
  }

  @Test
  void habitualMarkersAreGeneric() {
    List<TimeExpression> found = tag("Militias often raid villages every year, as they have over the past decade.", JUNE_4_2023, Tense.PRESENT);
    assertEquals(List.of("often", "every year", "over the past decade"), found.stream().map(TimeExpression::text).toList());
    assertTrue(found.stream().allMatch(t -> t.generic() && !t.resolved() && t.value() == null));
  }

  @Test
  void relativeExpressionsWithoutAnchorKeepGranularity() {
    List<TimeExpression> found = tag("Guards fled yesterday; more left last week.", null, Tense.PAST);
    assertEquals(List.of(Granularity.DAY, Granularity.WEEK), found.stream().map(TimeExpression::granularity).toList());
    assertTrue(found.stream().noneMatch(TimeExpression::resolved));
  }

  @Test
  void valuesFollowThePublicationDateOnly() {
    String text = "Rebels shelled the airport yesterday and again in late May.";
    List<TimeExpression> june = tag(text, JUNE_4_2023, Tense.PAST);
    List<TimeExpression> later = tag(text, LocalDate.of(2031, 8, 20), Tense.PAST);
    assertEquals(List.of("2023-06-03", "2023-05-21/2023-05-31"), june.stream().map(TimeExpression::value).toList());
    assertEquals(List.of("2031-08-19", "2031-05-21/2031-05-31"), later.stream().map(TimeExpression::value).toList());
  }

  @Test
  void betweenMonthDayAndBareDayIsOneRange() {
    assertValue("2023-05-03/2023-05-05", Granularity.INTERVAL,
        only("Curfews were imposed between May 3 and 5 in the capital.", "between May 3 and 5", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void fromMonthDayToBareDayIsOneRange() {
    assertValue("2023-05-28/2023-05-30", Granularity.INTERVAL,
        only("Talks ran from May 28 to 30, 2023 in Doha.", "from May 28 to 30, 2023", null, Tense.PAST));
  }

  @Test
  void onTheFifthIsThisMonthWhenPast() {
    assertValue("2023-06-02", Granularity.DAY, only("The convoy was ambushed on the 2nd, police said.", "the 2nd", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void onALaterDayOfMonthInThePastIsLastMonth() {
    assertValue("2023-05-28", Granularity.DAY, only("The convoy was ambushed on the 28th.", "the 28th", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void onADayOfNextMonthInTheFuture() {
    assertValue("2023-07-02", Granularity.DAY,
        only("Voting will resume on the 2nd of next month.", "the 2nd of next month", JUNE_4_2023, Tense.FUTURE));
  }

  @Test
  void ordinalNamingAUnitIsNoDate() {
    assertTrue(tag("Soldiers of the 5th Battalion moved on the 3rd Brigade's flank.", JUNE_4_2023, Tense.PAST).isEmpty());
  }

  @Test
  void aFewDaysAgoIsAStretchOfDays() {
    assertValue("2023-05-31/2023-06-02", Granularity.INTERVAL,
        only("The bridge was blown up a few days ago.", "a few days ago", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void aCoupleOfDaysAgoIsTwoDays() {
    assertValue("2023-06-02", Granularity.DAY, only("The bridge was blown up a couple of days ago.", "a couple of days ago", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void severalWeeksAgoSpansWholeWeeks() { // three to seven calendar weeks before the Sunday anchor
    assertValue("2023-04-10/2023-05-14", Granularity.INTERVAL,
        only("The offensive stalled several weeks ago.", "several weeks ago", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void earlySundayIsTheWeekday() {
    assertValue("2023-05-28", Granularity.DAY, only("Rockets hit the port early Sunday morning.", "early Sunday morning", LocalDate.of(2023, 5, 30), Tense.PAST));
  }

  @Test
  void sundayNightIsTheWeekday() {
    assertValue("2023-05-28", Granularity.DAY, only("Rockets hit the port late Sunday night.", "late Sunday night", LocalDate.of(2023, 5, 30), Tense.PAST));
  }

  @Test
  void capitalisedAbbreviatedMonthWithADotResolvesAsTheMixedCaseOne() {
    // Found by TimeTaggerFuzzTest: "JUN." looked up without capitalising threw a NullPointerException.
    TimeExpression upper = only("Troops withdrew in early JUN. from the town.", "early JUN.", JUNE_4_2023, Tense.PAST);
    TimeExpression mixed = only("Troops withdrew in early Jun. from the town.", "early Jun.", JUNE_4_2023, Tense.PAST);
    assertEquals(mixed.value(), upper.value());
    assertEquals(mixed.granularity(), upper.granularity());
    assertTrue(upper.resolved());
  }

  @Test
  void pastTwoDaysRunBackFromTheAnchorIncludingIt() {
    assertValue("2023-06-02/2023-06-04", Granularity.INTERVAL,
        only("Troops killed twelve fighters over the past two days.", "the past two days", JUNE_4_2023, Tense.PAST));
  }

  @Test
  void lastDaysOfSomethingElseAreNoStretchBeforeTheAnchor() {
    assertTrue(tag("Talks stalled in the last two days of the summit.", JUNE_4_2023, Tense.PAST).isEmpty());
  }

  @Test
  void pastWeeksCrossNewYear() {
    assertValue("2023-12-22/2024-01-05", Granularity.INTERVAL,
        only("Rockets hit the city three times in the past two weeks.", "the past two weeks", LocalDate.of(2024, 1, 5), Tense.PAST));
  }

  @Test
  void pastDaysCountTheLeapDay() {
    assertValue("2024-02-27/2024-03-01", Granularity.INTERVAL,
        only("Shelling went on for the last three days.", "the last three days", LocalDate.of(2024, 3, 1), Tense.PAST));
  }

  @Test
  void yearAfterCommaWithoutSpace() {
    assertValue("2011-05-31", Granularity.DAY, only("Police sealed the road on May 31,2011 after the blast.", "May 31,2011", null, Tense.PAST));
  }

  @Test
  void yearAfterNoBreakSpace() {
    String text = "The convoy left on April 12,\u00a02011 at dawn.";
    assertValue("2011-04-12", Granularity.DAY, only(text, "April 12,\u00a02011", null, Tense.PAST));
  }

  @Test
  void laterDatelineReanchorsTheTextAfterIt() {
    String text = "KABUL, Afghanistan (Dec. 1, 2012) Police arrested two men yesterday.\n"
        + "KABUL, Afghanistan (Dec. 3, 2012) Troops found a cache yesterday.";
    List<TimeExpression> found = tag(text, new TimeTagger.Anchoring(LocalDate.of(2012, 12, 1), null, true));
    assertEquals("2012-11-30", at(found, text, "yesterday", 0).value());
    assertEquals("2012-12-02", at(found, text, "yesterday", text.indexOf("Troops")).value());
  }

  @Test
  void laterDatelineWithoutYearIsTheNearestOneAcrossNewYear() {
    String text = "KABUL, Afghanistan (Dec. 31, 2012) Police arrested two men today.\n"
        + "KABUL, Afghanistan (Jan. 2) Troops found a cache yesterday.";
    List<TimeExpression> found = tag(text, new TimeTagger.Anchoring(LocalDate.of(2012, 12, 31), null, true));
    assertEquals("2013-01-02", at(found, text, "Jan. 2", 0).value());
    assertEquals("2013-01-01", at(found, text, "yesterday", 0).value());
  }

  @Test
  void publicationDateIsNeverReanchoredByADateline() {
    String text = "Archive: KABUL, Afghanistan (Dec. 3, 2012) Troops found a cache today.";
    assertEquals("2023-06-04", at(tag(text, TimeTagger.Anchoring.published(JUNE_4_2023)), text, "today", 0).value());
  }

  @Test
  void yearReferenceDatesAYearlessDayButNotYesterday() {
    String text = "Police detained a courier on July 16 and another yesterday.";
    List<TimeExpression> found = tag(text, new TimeTagger.Anchoring(null, LocalDate.of(2010, 7, 15), true));
    assertEquals("2010-07-16", at(found, text, "July 16", 0).value());
    assertFalse(at(found, text, "yesterday", 0).resolved());
  }

  @Test
  void yearReferenceCrossesNewYear() {
    String text = "Forces cleared the village on Dec. 30.";
    List<TimeExpression> found = tag(text, new TimeTagger.Anchoring(null, LocalDate.of(2011, 1, 15), true));
    assertEquals("2010-12-30", at(found, text, "Dec. 30", 0).value());
  }

  @Test
  void yearReferenceFindsALeapDay() {
    String text = "A mine exploded on Feb. 29 near the pass.";
    List<TimeExpression> found = tag(text, new TimeTagger.Anchoring(null, LocalDate.of(2012, 3, 15), true));
    assertEquals("2012-02-29", at(found, text, "Feb. 29", 0).value());
  }
}
