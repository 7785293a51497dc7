package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

class SentenceCacheTest {
  private static final String TEXT = "Drones hit Kursk.";

  private static List<Sentence> tagged() {
    return List.of(new Sentence(0, new Span(0, 17), List.of(
        new Token(0, new Span(0, 6), "Drones", "drone", "NNS", "O"),
        new Token(1, new Span(7, 10), "hit", "hit", "VBD", "O"),
        new Token(2, new Span(11, 16), "Kursk", "Kursk", "NNP", "LOCATION"),
        new Token(3, new Span(16, 17), ".", ".", ".", "O")), List.of(), false));
  }

  @Test
  void writtenSentencesReadBackForTheSameArticleOnly(@TempDir Path dir) {
    Path file = dir.resolve("cache.bin");
    SentenceCache cache = SentenceCache.read(file);
    assertNull(cache.get("7", TEXT));
    cache.put("7", TEXT, tagged());
    cache.writeIfChanged(file);
    SentenceCache again = SentenceCache.read(file);
    assertEquals(tagged(), again.get("7", TEXT));
    assertNull(again.get("7", "Drones hit Kursk again."), "a changed text is tagged again");
    assertNull(again.get("8", TEXT));
  }
}
