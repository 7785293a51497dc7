package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.store.Stories.Mention;
import org.sitrep.store.Stories.Reporting;

class StoriesTest {
  private static final LocalDate TALKS = LocalDate.of(2023, 6, 3);
  private final Stories stories = new Stories(Stories.RECENT_DAYS);

  private static Mention lead(long cluster, LocalDate day) { return new Mention(cluster, true, day, day); }

  private static Mention body(long cluster, LocalDate day) { return new Mention(cluster, false, day, day); }

  @Test
  void aCallThatTellsOfYesterdaysTalksIsInTheirStory() {
    Map<Long, Set<Long>> s = stories.link(List.of(
        new Reporting(1, TALKS, List.of(lead(10, TALKS))),
        new Reporting(2, TALKS.plusDays(1), List.of(lead(20, TALKS.plusDays(1)), body(10, TALKS)))));
    assertEquals(Map.of(1L, Set.of(10L), 2L, Set.of(10L, 20L)), s);
  }

  @Test
  void aCallThatRecallsLastMonthsTalksIsNotInTheirStory() {
    Map<Long, Set<Long>> s = stories.link(List.of(
        new Reporting(1, TALKS, List.of(lead(10, TALKS))),
        new Reporting(2, TALKS.plusDays(30), List.of(lead(20, TALKS.plusDays(30)), body(10, TALKS)))));
    assertEquals(Map.of(1L, Set.of(10L), 2L, Set.of(20L)), s);
  }

  @Test
  void aNewsConferenceThatAnnouncesTomorrowsVisitIsNotInItsStory() {
    LocalDate visit = TALKS.plusDays(1);
    Map<Long, Set<Long>> s = stories.link(List.of(
        new Reporting(1, visit, List.of(lead(10, visit))),
        new Reporting(2, TALKS, List.of(lead(20, TALKS), body(10, visit)))));
    assertEquals(Map.of(1L, Set.of(10L), 2L, Set.of(20L)), s);
  }

  @Test
  void anEventNoArticleLeadsWithIsNoStory() {
    // Both calls mention the summit of two days before; neither is about it.
    Map<Long, Set<Long>> s = stories.link(List.of(
        new Reporting(1, TALKS, List.of(lead(10, TALKS), body(30, TALKS.minusDays(2)))),
        new Reporting(2, TALKS, List.of(lead(20, TALKS), body(30, TALKS.minusDays(2))))));
    assertEquals(Map.of(1L, Set.of(10L), 2L, Set.of(20L)), s);
  }

  @Test
  void storiesDoNotChainThroughAnArticleInTwo() {
    // The review tells of both meetings; each meeting's report stays in its own story only.
    Map<Long, Set<Long>> s = stories.link(List.of(
        new Reporting(1, TALKS, List.of(lead(10, TALKS))),
        new Reporting(2, TALKS, List.of(lead(20, TALKS))),
        new Reporting(3, TALKS, List.of(lead(30, TALKS), body(10, TALKS), body(20, TALKS)))));
    assertEquals(Map.of(1L, Set.of(10L), 2L, Set.of(20L), 3L, Set.of(10L, 20L, 30L)), s);
  }

  @Test
  void anUndatedArticleIsInTheStoriesOfItsLeadEventsOnly() {
    Map<Long, Set<Long>> s = stories.link(List.of(
        new Reporting(1, TALKS, List.of(lead(10, TALKS))),
        new Reporting(2, null, List.of(lead(20, null), body(10, TALKS)))));
    assertEquals(Map.of(1L, Set.of(10L), 2L, Set.of(20L)), s);
  }

  @Test
  void aNegativeWindowIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Stories(-1));
    assertEquals("recentDays must not be negative, got -1", e.getMessage());
  }
}
