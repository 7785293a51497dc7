package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

/** Input built to be slow: one endless sentence, and a time limit too short for any article. */
class PathologicalInputTest {
  private static final String[] WORDS = ("troops shelled Kharkiv and officials said drones struck Odesa while "
      + "Ukraine denied that forces seized a village near Kyiv after fighting").split(" ");

  /** {@code n} words drawn from a short conflict vocabulary, with no punctuation at all. */
  private static String runOn(int n) {
    Random random = new Random(11);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    return sb.toString();
  }

  @Test
  void aTwentyThousandWordSentenceIsCutAndExtracted() {
    String text = runOn(20_000);
    // This test is about cutting, not about the time limit (tested below): a limit of minutes keeps it from failing
    // on a machine busy with other work, where the 60 s default was seen to run out.
    Extractor patient = new Extractor(ExtractorConfig.defaults().withTimeLimit(Duration.ofMinutes(10)), NlpFixture.stage());
    Doc doc = patient.extract(Article.of("run-on", text, LocalDate.of(2023, 6, 4)));
    OddInputTest.check(doc);
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    assertTrue(sentences.size() >= 100, "pieces: " + sentences.size());
    int next = 0;
    for (Sentence s : sentences) {
      assertTrue(s.tokens().size() <= 200, "sentence " + s.index() + " has " + s.tokens().size() + " tokens");
      assertTrue(s.span().start() >= next, "sentence " + s.index() + " overlaps the one before");
      assertEquals(s.span().coveredText(text).strip(), s.span().coveredText(text), "piece boundaries fall between words");
      next = s.span().end();
    }
    assertEquals(text.length(), sentences.get(sentences.size() - 1).span().end());
    List<Place> places = doc.get(Layers.PLACES);
    assertFalse(places.isEmpty());
    for (Place p : places) assertTrue(List.of("Kharkiv", "Odesa", "Kyiv", "Ukraine").contains(p.span().coveredText(text)), p.toString());
    List<Event> events = doc.get(Layers.EVENTS);
    assertFalse(events.isEmpty());
    for (Event e : events) assertTrue(e.sentence().contains(e.trigger()), e.toString());
  }

  @Test
  void aLongSentenceIsCutAfterACommaInItsSecondHalf() {
    String text = "Officials said " + "troops shelled the village ".repeat(40) + ", and drones struck Odesa "
        + "again ".repeat(60) + "on Tuesday.";
    List<Sentence> sentences = NlpFixture.parse(text).get(Layers.SENTENCES);
    assertEquals(2, sentences.size());
    assertTrue(sentences.get(0).span().coveredText(text).endsWith("village ,"), sentences.get(0).span().coveredText(text));
    assertTrue(sentences.get(1).span().coveredText(text).startsWith("and drones struck Odesa"));
  }

  @Test
  void anArticleOverItsTimeLimitIsRefusedNamingItAndTheLimit() {
    NlpStage models = NlpFixture.stage();
    Extractor hurried = new Extractor(ExtractorConfig.defaults().withTimeLimit(Duration.ofMillis(1)), models);
    Article a = Article.of("slow-3", "Russian forces shelled Kharkiv on Monday, the governor said.", LocalDate.of(2023, 6, 4));
    BadInputException e = assertThrows(BadInputException.class, () -> hurried.extract(a));
    assertTrue(e.getMessage().startsWith("article slow-3: extraction stopped in "), e.getMessage());
    assertTrue(e.getMessage().endsWith("over the time limit of 1 ms"), e.getMessage());
  }
}
