package org.sitrep.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

class NlpStageParseTest {
  @Test
  void arcsAreBasicDependenciesOneHeadPerToken() {
    Sentence s = NlpFixture.parse("Shelling hit a school in Kharkiv.").get(Layers.SENTENCES).get(0);
    assertTrue(s.parsed());
    // Basic UD: "in" stays a case marker under "Kharkiv"; an enhanced graph would fold it into "obl:in" or "nmod:in".
    Dependency kharkiv = s.head(indexOf(s.tokens(), "Kharkiv"));
    Dependency in = s.head(indexOf(s.tokens(), "in"));
    assertEquals("case", in.relation());
    assertEquals(indexOf(s.tokens(), "Kharkiv"), in.governor());
    assertTrue(!kharkiv.relation().contains(":"), kharkiv.relation());
    assertEquals(s.tokens().size(), s.dependencies().size(), "one arc (or the root) per token, no extra enhanced arcs");
  }

  @Test
  void rootIsTheMainVerb() {
    Sentence s = NlpFixture.parse("Officials said shelling hit a school.").get(Layers.SENTENCES).get(0);
    Dependency root = s.dependencies().stream().filter(d -> d.relation().equals("root")).findFirst().orElseThrow();
    assertEquals(-1, root.governor());
    assertEquals("said", s.tokens().get(root.dependent()).word());
  }

  @Test
  void nerTagsDatesWhereASentenceMayHoldOneAndNamesEverywhere() {
    // The MUC model runs on the first sentence only (a weekday), the other two models on both.
    List<Sentence> sentences = NlpFixture.parse("Zelensky met Scholz in Kyiv on Monday. Scholz then flew to Warsaw.")
        .get(Layers.SENTENCES);
    Sentence first = sentences.get(0);
    Sentence second = sentences.get(1);
    assertEquals("DATE", first.tokens().get(indexOf(first.tokens(), "Monday")).ner());
    assertEquals("PERSON", first.tokens().get(indexOf(first.tokens(), "Scholz")).ner());
    assertEquals("LOCATION", second.tokens().get(indexOf(second.tokens(), "Warsaw")).ner());
  }

  private static int indexOf(List<Token> tokens, String word) {
    for (Token t : tokens) if (t.word().equals(word)) return t.index();
    throw new AssertionError("no token " + word);
  }
}
