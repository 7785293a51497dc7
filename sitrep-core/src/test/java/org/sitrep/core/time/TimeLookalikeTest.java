package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.TimeExpression;

/**
 * Words the case-insensitive patterns match but the lexicon does not know: Unicode case folding lets the long s
 * ("ſ") match "s" and the dotted capital I ("İ") match "i", while the lexicon's lower-casing keeps "ſ" and turns "İ"
 * into two characters. Such a mention has no value and is dropped, never a NullPointerException. Found by
 * reading TimeResolver's unboxed lookups and by {@link TimeTaggerFuzzTest}; anchors at the ends of the calendar too.
 */
class TimeLookalikeTest {
  private static final TimeTagger TAGGER = new TimeTagger(new TimeLexicon());
  private static final LocalDate JUNE_4_2023 = LocalDate.of(2023, 6, 4);

  private static List<TimeExpression> tag(String text, LocalDate anchor) {
    List<TimeExpression> found = TAGGER.tag(text, anchor, Tense.PAST);
    for (TimeExpression t : found) assertEquals(t.span().coveredText(text), t.text());
    return found;
  }

  @Test
  void longSInAVagueCountIsNoExpression() {
    assertTrue(tag("The village was shelled ſeveral days ago.", JUNE_4_2023).isEmpty());
  }

  @Test
  void dottedCapitalIInRelativeWordIsNoExpression() {
    assertTrue(tag("Talks collapsed laſt week.", JUNE_4_2023).stream().noneMatch(TimeExpression::resolved));
    assertTrue(tag("Talks collapsed thİs week.", JUNE_4_2023).stream().noneMatch(TimeExpression::resolved));
  }

  @Test
  void lookalikeCountInChainIsNoExpression() {
    assertTrue(tag("Troops left on May 3 2023. Two days later they came back; ſix days later too.", JUNE_4_2023)
        .stream().noneMatch(t -> t.text().startsWith("ſix")));
  }

  @Test
  void lookalikeDeicticAndPartAreNoExpression() {
    assertTrue(tag("The bridge was hit yeſterday.", JUNE_4_2023).stream().noneMatch(t -> t.text().startsWith("yeſ")));
    assertTrue(tag("Rebels advanced in mİd-May.", JUNE_4_2023).stream().noneMatch(t -> t.text().startsWith("mİd")));
    assertTrue(tag("Shelling went on earlİer this week.", JUNE_4_2023).stream().noneMatch(t -> t.text().startsWith("earl")));
  }

  @Test
  void dayPastTheEndOfTheCalendarIsNoExpression() {
    List<TimeExpression> found = tag("Talks resume tomorrow. They met yesterday.", LocalDate.MAX);
    assertEquals(List.of("yesterday"), found.stream().map(TimeExpression::text).toList());
    assertEquals("+999999999-12-30", found.get(0).value());
  }

  @Test
  void anchorInYear9999ResolvesWhatFits() {
    List<TimeExpression> found = tag("Talks resume next year. They met yesterday.", LocalDate.of(9999, 12, 31));
    assertEquals("9999-12-30", found.get(found.size() - 1).value());
  }
}
