package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/**
 * The extraction entry point on any short text and any publication date (or none): every stage runs, and the result
 * is either a document whose spans all lie inside the text or a {@link BadInputException} naming the article. CoreNLP
 * loads once per JVM ({@link SharedExtractor}); texts are at most 400 characters, since one execution parses them.
 * {@code mvn test} replays the seeds under {@code ExtractorFuzzTestInputs/}; to fuzz (slow: tens of executions a
 * second; instrument only Sitrep's classes, not CoreNLP's):
 * {@code JAZZER_FUZZ=1 mvn -pl sitrep-core test -Dtest=ExtractorFuzzTest -Djazzer.max_duration=15m
 * -Djazzer.instrumentation_includes='org.sitrep.**'}.
 */
class ExtractorFuzzTest {
  @FuzzTest
  void anyShortTextIsExtractedOrRefused(FuzzedDataProvider data) {
    // Publication dates from year 1 to 9999 (wider than ArticleParser accepts: other callers build articles), or none.
    LocalDate published = data.consumeBoolean() ? null
        : LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()));
    String text = data.consumeString(400);
    try {
      OddInputTest.check(SharedExtractor.get().extract(new Article("fuzz-1", text, published, null, null, null, null)));
    } catch (BadInputException e) {
      assertTrue(e.getMessage().contains("fuzz-1"), e.getMessage());
    }
  }
}
