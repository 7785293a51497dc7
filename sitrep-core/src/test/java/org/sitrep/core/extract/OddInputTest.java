package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/** Every stage on odd input: every span it produces lies inside the text, and nothing throws. */
class OddInputTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "🚀🚀 Drones hit Odesa 🚀 overnight, officials said. 🇺🇦",
      "Officials said\r\nshelling hit Kharkiv on Tuesday.\r\n\r\nTwo people died.",
      "Войска вошли в город. Officials in Kyiv said Russian forces shelled Kherson.",
      "\"\"\" ,,, ... ??? !!! ---",
      "a",
      "He said.",
      "Zelensky said: “We will not give up”, and “we will win.”"})
  void spansLieInsideTheText(String text) {
    check(SharedExtractor.get().extract(Article.of("odd", text, LocalDate.of(2023, 6, 4))));
  }

  @Test
  void aLongArticleIsProcessed() {
    String para = "Russian forces shelled Kharkiv on Monday, the regional governor said. Ukraine denied attacking Belgorod. ";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 60_000) sb.append(para);
    check(SharedExtractor.get().extract(Article.of("long", sb.toString(), LocalDate.of(2023, 6, 4))));
  }

  @Test
  void emptyTextIsRefusedWithItsId() {
    BadInputException e = assertThrows(BadInputException.class, () -> SharedExtractor.get().extract(Article.of("blank-7", "  \n ", null)));
    assertTrue(e.getMessage().contains("blank-7") && e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void oversizedTextIsRefusedNotParsed() {
    Extractor small = SharedExtractor.get();
    String huge = "x".repeat(ExtractorConfig.DEFAULT_MAX_CHARS + 1);
    BadInputException e = assertThrows(BadInputException.class, () -> small.extract(Article.of("huge", huge, null)));
    assertTrue(e.getMessage().contains("over the limit of " + ExtractorConfig.DEFAULT_MAX_CHARS), e.getMessage());
  }

  /** Every span of every layer lies inside the text (shared with {@link ExtractorFuzzTest}). */
  static void check(Doc doc) {
    int n = doc.text().length();
    List<Span> spans = new ArrayList<>();
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      spans.add(s.span());
      for (Token t : s.tokens()) spans.add(t.span());
    }
    for (Entity e : doc.get(Layers.ENTITIES)) spans.add(e.span());
    for (Place p : doc.get(Layers.PLACES)) spans.add(p.span());
    for (TimeExpression t : doc.get(Layers.TIMES)) spans.add(t.span());
    for (Statement s : doc.get(Layers.STATEMENTS)) {
      spans.add(s.cue());
      spans.addAll(s.content());
      if (s.medium() != null) spans.add(s.medium());
      if (s.speaker() != null && s.speaker().span() != null) spans.add(s.speaker().span());
    }
    for (Event e : doc.get(Layers.EVENTS)) {
      spans.add(e.trigger());
      spans.add(e.sentence());
    }
    for (Span s : spans) assertTrue(s.end() <= n, "span " + s + " outside text of length " + n);
  }
}
