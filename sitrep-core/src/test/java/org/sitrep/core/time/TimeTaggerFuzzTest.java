package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.sitrep.core.model.TimeExpression;

/**
 * The time tagger never throws, on any text, anchor and tense, and every span it reports lies inside the text and
 * covers the text it reports. {@code mvn test} replays the seeds under {@code TimeTaggerFuzzTestInputs/}; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl sitrep-core test -Dtest=TimeTaggerFuzzTest -Djazzer.max_duration=5m}.
 */
class TimeTaggerFuzzTest {
  private static final TimeTagger TAGGER = new TimeTagger(new TimeLexicon());

  @FuzzTest
  void anyTextTagsWithSpansInsideIt(FuzzedDataProvider data) {
    // Anchors from year 1 to 9999, or none (no publication date).
    LocalDate anchor = data.consumeBoolean() ? null
        : LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()));
    Tense tense = data.pickValue(Tense.values());
    String text = data.consumeRemainingAsString();
    for (TimeExpression t : TAGGER.tag(text, anchor, tense)) {
      assertTrue(t.span().end() <= text.length(), () -> t + " ends past the text of length " + text.length());
      assertEquals(t.span().coveredText(text), t.text(), () -> t + " does not cover its text");
    }
  }
}
