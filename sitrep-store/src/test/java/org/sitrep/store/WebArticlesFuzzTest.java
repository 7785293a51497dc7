package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.sitrep.core.model.Article;

/**
 * Any page or feed, however broken, gives articles and never an exception: a malformed download must not end an
 * ingest. {@code mvn test} replays the seeds under {@code WebArticlesFuzzTestInputs/}; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl sitrep-store test -Dtest=WebArticlesFuzzTest -Djazzer.max_duration=5m}.
 */
class WebArticlesFuzzTest {
  @FuzzTest
  void anyPageIsAnArticle(@NotNull String html) {
    Article a = WebArticles.html("page.html", html);
    assertNotNull(a.text());
  }

  @FuzzTest
  void anyFeedIsArticles(@NotNull String xml) {
    for (Article a : WebArticles.feed("feed.xml", xml)) assertNotNull(a.id());
    WebArticles.looksLikeFeed(xml);
  }
}
