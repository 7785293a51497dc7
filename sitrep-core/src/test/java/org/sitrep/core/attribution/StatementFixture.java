package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.function.UnaryOperator;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

/** The attribution tests' shared steps: statements of a parsed text, one found by its cue, a span checked by text. */
final class StatementFixture {
  private static final AttributionStage STAGE = new AttributionStage();

  private StatementFixture() {}

  /** The statements of {@code text}, with entities from CoreNLP's NER. */
  static List<Statement> statements(String text) { return statements(text, e -> e); }

  /** The statements of {@code text}, with entities from NER changed by {@code actors}. */
  static List<Statement> statements(String text, UnaryOperator<TestEntities> actors) {
    return statements(STAGE, text, actors);
  }

  /** The statements {@code stage} finds in {@code text}, with entities from NER changed by {@code actors}. */
  static List<Statement> statements(AttributionStage stage, String text, UnaryOperator<TestEntities> actors) {
    return stage.apply(actors.apply(TestEntities.fromNer(NlpFixture.parse(text))).doc()).get(Layers.STATEMENTS);
  }

  static Statement byCue(List<Statement> all, String text, String cue) {
    for (Statement s : all) if (s.cue().coveredText(text).equals(cue)) return s;
    throw new AssertionError("no statement with cue '" + cue + "' in " + all);
  }

  /** Asserts the span covers {@code expected} at its first occurrence in {@code text}. */
  static void assertSpan(String text, String expected, Span actual) {
    assertNotNull(actual, "no span where '" + expected + "' was expected");
    assertEquals(expected, actual.coveredText(text));
    assertEquals(text.indexOf(expected), actual.start());
  }
}
