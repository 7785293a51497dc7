package org.sitrep.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.TimeExpression;

class PipelineTest {
  private record FakeStage(Set<Layer<?>> requires, Layer<List<TimeExpression>> adds) implements Stage {
    @Override
    public Doc apply(Doc doc) { return doc.with(adds, List.of()); }
  }

  @Test
  void aStageNeedingALayerNoEarlierStageAddsIsRejectedWhenBuilt() {
    PipelineConfigException e = assertThrows(PipelineConfigException.class,
        () -> new Pipeline(List.of(new FakeStage(Set.of(Layers.SENTENCES), Layers.TIMES))));
    assertEquals("FakeStage needs SENTENCES, which no earlier stage adds", e.getMessage());
  }

  @Test
  void twoStagesAddingTheSameLayerAreRejected() {
    PipelineConfigException e = assertThrows(PipelineConfigException.class,
        () -> new Pipeline(List.of(new FakeStage(Set.of(), Layers.TIMES), new FakeStage(Set.of(), Layers.TIMES))));
    assertTrue(e.getMessage().contains("already adds"), e.getMessage());
  }

  @Test
  void docRefusesToSetALayerTwice() {
    Doc d = Doc.of(Article.of("x", "text", null)).with(Layers.TIMES, List.of());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.with(Layers.TIMES, List.of()));
    assertEquals("layer TIMES is already set on article x", e.getMessage());
  }

  @Test
  void missingLayerIsNamed() {
    Doc d = Doc.of(Article.of("x", "text", null));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.get(Layers.PLACES));
    assertEquals("layer PLACES has not been added to article x", e.getMessage());
  }

  @Test
  void docIsImmutable() {
    Doc d = Doc.of(Article.of("x", "text", null));
    Doc d2 = d.with(Layers.TIMES, List.of());
    assertTrue(d2.has(Layers.TIMES));
    assertTrue(!d.has(Layers.TIMES));
  }
}
