package org.sitrep.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/**
 * Any input line either parses to an article or is refused with a {@link BadInputException} naming where; nothing
 * else escapes. {@code mvn test} replays the seeds under {@code ArticleParserFuzzTestInputs/}; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl sitrep-core test -Dtest=ArticleParserFuzzTest -Djazzer.max_duration=5m}.
 */
class ArticleParserFuzzTest {
  private final ArticleParser parser = new ArticleParser();

  // Ingest never hands the parser a null line, so the fuzzer need not either.
  @FuzzTest
  void anyLineIsAnArticleOrABadInput(@NotNull String line) {
    Article a;
    try {
      a = parser.parse(line, "fuzz:1", "fallback", null);
    } catch (BadInputException e) {
      assertEquals(true, e.getMessage().startsWith("fuzz:1"), e.getMessage());
      return;
    }
    assertNotNull(a.id());
    assertNotNull(a.text());
  }
}
