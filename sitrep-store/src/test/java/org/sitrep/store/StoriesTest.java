package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.store.Stories.Mention;
import org.sitrep.store.Stories.Reporting;

class StoriesTest {
  private static final LocalDate TALKS = LocalDate.of(2023, 6, 3);
  private final Stories stories = new Stories(Stories.RECENT_DAYS);

  private static Mention lead(long cluster, LocalDate day) { return new Mention(cluster, true, day, day); }

  private static Mention body(long cluster, LocalDate day) { return new Mention(cluster, false, day, day); }

  @Test
  void aCallThatTellsOfYesterdaysTalksJoinsTheirStory() {
    Map<Long, Long> s = stories.link(List.of(
        new Reporting(1, TALKS, List.of(lead(10, TALKS))),
        new Reporting(2, TALKS.plusDays(1), List.of(lead(20, TALKS.plusDays(1)), body(10, TALKS)))));
    assertEquals(Map.of(1L, 1L, 2L, 1L), s);
  }

  @Test
  void aCallThatRecallsLastMonthsTalksIsAStoryOfItsOwn() {
    Map<Long, Long> s = stories.link(List.of(
        new Reporting(1, TALKS, List.of(lead(10, TALKS))),
        new Reporting(2, TALKS.plusDays(30), List.of(lead(20, TALKS.plusDays(30)), body(10, TALKS)))));
    assertEquals(Map.of(1L, 1L, 2L, 2L), s);
  }

  @Test
  void aNewsConferenceThatAnnouncesTomorrowsVisitIsAStoryOfItsOwn() {
    LocalDate visit = TALKS.plusDays(1);
    Map<Long, Long> s = stories.link(List.of(
        new Reporting(1, visit, List.of(lead(10, visit))),
        new Reporting(2, TALKS, List.of(lead(20, TALKS), body(10, visit)))));
    assertEquals(Map.of(1L, 1L, 2L, 2L), s);
  }

  @Test
  void twoArticlesThatOnlyMentionOneEventStayApart() {
    // Both calls mention last week's summit; neither is about it.
    Map<Long, Long> s = stories.link(List.of(
        new Reporting(1, TALKS, List.of(lead(10, TALKS), body(30, TALKS.minusDays(2)))),
        new Reporting(2, TALKS, List.of(lead(20, TALKS), body(30, TALKS.minusDays(2))))));
    assertEquals(Map.of(1L, 1L, 2L, 2L), s);
  }

  @Test
  void theAnnouncementAndTheReportLeadWithOneEvent() {
    Map<Long, Long> s = stories.link(List.of(
        new Reporting(5, TALKS.minusDays(2), List.of(lead(10, TALKS))),
        new Reporting(3, TALKS, List.of(lead(10, TALKS)))));
    assertEquals(Map.of(5L, 3L, 3L, 3L), s);
  }

  @Test
  void aNegativeWindowIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Stories(-1));
    assertEquals("recentDays must not be negative, got -1", e.getMessage());
  }
}
