package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Span;

/** The cheap test before the time patterns: which stretches of text could hold a time expression. */
class TimeAnchorsTest {
  private static final TimeLexicon LEXICON = new TimeLexicon();

  private static boolean mayHold(String text) { return LEXICON.mayHoldTime(text, 0, text.length()); }

  @Test
  void sentenceWithoutDigitOrTimeWordIsSkipped() {
    assertFalse(mayHold("Officials in Kharkiv said the talks went well."));
  }

  @Test
  void aDigitIsEnough() {
    assertTrue(mayHold("Shelling hit 3 schools."));
  }

  @Test
  void monthInsideHyphenatedWordCounts() {
    assertTrue(mayHold("Talks resumed in mid-May."));
  }

  @Test
  void wordThatOnlyBeginsWithAMonthDoesNotCount() {
    assertFalse(mayHold("The Mayor of Kharkiv spoke."));
  }

  @Test
  void lastWordOfADeicticPhraseCounts() {
    assertTrue(mayHold("Drones struck the port last night."));
  }

  @Test
  void wordListedInPatternWordsCounts() {
    assertTrue(mayHold("Drones struck the port over the weekend."));
  }

  @Test
  void onlyTheGivenStretchIsRead() {
    String text = "The talks went well. On Monday they ended.";
    assertFalse(LEXICON.mayHoldTime(text, 0, 20));
    assertTrue(LEXICON.mayHoldTime(text, 21, text.length()));
  }

  @Test
  void skippedSentenceStillKeepsAWordedNerDateRun() {
    // "Easter" names no pattern word, but CoreNLP's DATE run still stands as a mention of its own.
    String text = "Fighting paused at Easter.";
    TimeRecognizer recognizer = new TimeRecognizer(LEXICON);
    List<TimeMention> found = recognizer.find(text, new Span(0, text.length()), List.of(new Span(19, 25)));
    assertEquals(List.of("Easter"), found.stream().map(m -> m.span().coveredText(text)).toList());
  }
}
