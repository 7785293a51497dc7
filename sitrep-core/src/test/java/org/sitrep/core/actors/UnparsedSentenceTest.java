package org.sitrep.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

/** Sentences the cascade did not parse: metonymy falls back to the neighbouring tokens. */
class UnparsedSentenceTest {
  private static final ActorStage STAGE = new ActorStage();

  static List<Entity> unparsed(String text) {
    Doc parsed = NlpFixture.parse(text);
    List<Sentence> bare = new ArrayList<>();
    for (Sentence s : parsed.get(Layers.SENTENCES)) bare.add(new Sentence(s.index(), s.span(), s.tokens(), List.of(), false));
    Doc doc = Doc.of(parsed.article()).with(Layers.SENTENCES, bare);
    return STAGE.apply(doc).get(Layers.ENTITIES);
  }

  @Test
  void capitalBeforeFiniteVerbIsAGovernment() {
    String text = "Moscow denied the report on Tuesday.";
    Entity e = ActorStageTest.at(unparsed(text), text, "Moscow");
    assertTrue(e.metonymy());
    assertEquals("RUS", e.actor().country());
  }

  @Test
  void capitalAfterInIsAPlace() {
    String text = "Explosions were heard in Moscow on Tuesday.";
    Entity e = ActorStageTest.at(unparsed(text), text, "Moscow");
    assertFalse(e.metonymy());
    assertNull(e.actor());
  }

  @Test
  void passiveCapitalIsAPlace() {
    String text = "Kyiv was shelled again on Tuesday.";
    Entity e = ActorStageTest.at(unparsed(text), text, "Kyiv");
    assertFalse(e.metonymy());
  }
}
