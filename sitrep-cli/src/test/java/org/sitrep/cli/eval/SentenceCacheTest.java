package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;
import org.sitrep.core.nlp.ParseSelector;

class SentenceCacheTest {
  private static final String TEXT = "Drones hit Kursk.";

  private static List<Sentence> tagged() {
    return List.of(new Sentence(0, new Span(0, 17), List.of(
        new Token(0, new Span(0, 6), "Drones", "drone", "NNS", "O"),
        new Token(1, new Span(7, 10), "hit", "hit", "VBD", "O"),
        new Token(2, new Span(11, 16), "Kursk", "Kursk", "NNP", "LOCATION"),
        new Token(3, new Span(16, 17), ".", ".", ".", "O")), List.of(), false));
  }

  /** "Kursk said it held.": "said" parsed, with its arcs. */
  private static List<Sentence> parsed() {
    return List.of(new Sentence(0, new Span(0, 19), List.of(
        new Token(0, new Span(0, 5), "Kursk", "Kursk", "NNP", "LOCATION"),
        new Token(1, new Span(6, 10), "said", "say", "VBD", "O"),
        new Token(2, new Span(11, 13), "it", "it", "PRP", "O"),
        new Token(3, new Span(14, 18), "held", "hold", "VBD", "O"),
        new Token(4, new Span(18, 19), ".", ".", ".", "O")),
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "nsubj"),
            new Dependency(1, 3, "ccomp"), new Dependency(1, 4, "punct")), true));
  }

  @Test
  void arcsAndParsedFlagReadBackUnderTheSameGate(@TempDir Path dir) {
    Path file = dir.resolve("cache.bin");
    String text = "Kursk said it held.";
    SentenceCache cache = SentenceCache.read(file);
    cache.put("9", text, parsed());
    cache.writeIfChanged(file);
    SentenceCache again = SentenceCache.read(file);
    ParseSelector saySentences = tokens -> tokens.stream().anyMatch(t -> t.lemma().equals("say"));
    assertEquals(parsed(), again.get("9", text, saySentences));
  }

  @Test
  void aNarrowerGateGetsTheSentenceWithoutItsArcs(@TempDir Path dir) {
    String text = "Kursk said it held.";
    SentenceCache cache = SentenceCache.read(dir.resolve("cache.bin"));
    cache.put("9", text, parsed());
    Sentence s = parsed().get(0);
    assertEquals(List.of(new Sentence(0, s.span(), s.tokens(), List.of(), false)), cache.get("9", text, tokens -> false),
        "the parser reads each sentence on its own, so an unparsed sentence is the parsed one without arcs");
  }

  @Test
  void aWiderGateNeedsTheArticleAnnotatedAgain(@TempDir Path dir) {
    SentenceCache cache = SentenceCache.read(dir.resolve("cache.bin"));
    cache.put("7", TEXT, tagged());
    assertNull(cache.get("7", TEXT, tokens -> true), "a sentence the gate parses was not parsed when cached");
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
