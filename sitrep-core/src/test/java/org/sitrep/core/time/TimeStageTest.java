package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

/** The stage on CoreNLP output: tense from the tagged sentence, anchor from the article or its dateline. */
class TimeStageTest {
  private static final TimeStage STAGE = new TimeStage();
  private static final LocalDate JUNE_4_2023 = LocalDate.of(2023, 6, 4); // a Sunday

  private static List<TimeExpression> times(String text, LocalDate published) {
    return STAGE.apply(NlpFixture.parse(text, published)).get(Layers.TIMES);
  }

  private static TimeExpression find(List<TimeExpression> times, String covered) {
    return times.stream().filter(t -> t.text().equals(covered)).findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + covered + "' in " + times));
  }

  @Test
  void pastTenseWeekdayGoesBack() {
    String text = "Militants attacked a convoy near the border on Tuesday.";
    TimeExpression t = find(times(text, JUNE_4_2023), "Tuesday");
    assertEquals("2023-05-30", t.value());
    assertEquals(text.indexOf("Tuesday"), t.span().start());
  }

  @Test
  void futureTenseWeekdayGoesForward() {
    TimeExpression t = find(times("Envoys from both sides will meet in Geneva on Tuesday.", JUNE_4_2023), "Tuesday");
    assertEquals("2023-06-06", t.value());
  }

  @Test
  void pastTenseMonthWithoutYearIsTheLastOne() {
    TimeExpression t = find(times("Separatists captured the airport in late May.", JUNE_4_2023), "late May");
    assertEquals("2023-05-21/2023-05-31", t.value());
    assertEquals(Granularity.PART_OF_MONTH, t.granularity());
  }

  @Test
  void lateMayUnresolvedWithoutPublicationDateOrDateline() {
    TimeExpression t = find(times("Separatists captured the airport in late May.", null), "late May");
    assertFalse(t.resolved());
    assertNull(t.value());
    assertEquals(Granularity.PART_OF_MONTH, t.granularity());
  }

  @Test
  void datelineAnchorsWhenPublicationDateIsMissing() {
    String text = "KANDAHAR, Afghanistan (Feb. 12, 2012) - Coalition forces detained two suspects yesterday.";
    List<TimeExpression> times = times(text, null);
    assertEquals("2012-02-12", find(times, "Feb. 12, 2012").value());
    assertEquals("2012-02-11", find(times, "yesterday").value());
  }

  @Test
  void datelineWithoutYearDoesNotAnchor() {
    List<TimeExpression> times = times("ODESA, June 4 (Wire) - Two ships left port yesterday.", null);
    assertFalse(find(times, "yesterday").resolved());
  }

  @Test
  void publicationDateWinsOverDateline() {
    String text = "KANDAHAR, Afghanistan (Feb. 12, 2012) - Coalition forces detained two suspects yesterday.";
    assertEquals("2023-06-03", find(times(text, JUNE_4_2023), "yesterday").value());
  }

  @Test
  void valuesShiftWithThePublicationDateAlone() {
    String text = "Drones hit a fuel depot yesterday. The mayor said three people died on Friday.";
    List<TimeExpression> june = times(text, JUNE_4_2023);
    List<TimeExpression> march = times(text, LocalDate.of(2020, 3, 1)); // also a Sunday
    assertEquals("2023-06-03", find(june, "yesterday").value());
    assertEquals("2023-06-02", find(june, "Friday").value());
    assertEquals("2020-02-29", find(march, "yesterday").value());
    assertEquals("2020-02-28", find(march, "Friday").value());
  }

  @Test
  void genericExpressionNeverDates() {
    TimeExpression t = find(times("Sabotage of rail lines has become common in recent years.", JUNE_4_2023), "in recent years");
    assertTrue(t.generic());
    assertFalse(t.resolved());
  }

  @Test
  void spansLieInsideTheText() {
    String text = "Сирены звучали всю ночь 🚀\r\nOn Monday, shelling resumed.\r\n";
    for (TimeExpression t : times(text, JUNE_4_2023)) {
      assertTrue(t.span().end() <= text.length());
      assertEquals(t.text(), t.span().coveredText(text));
    }
  }

  @Test
  void emptyTextHasNoTimes() {
    assertTrue(times("", JUNE_4_2023).isEmpty());
  }
}
