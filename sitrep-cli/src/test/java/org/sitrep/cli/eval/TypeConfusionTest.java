package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TypeConfusionTest {
  @Test
  void macroF1AveragesPerTypeF1OverGoldTypes() {
    TypeConfusion c = new TypeConfusion();
    c.add("ASSAULT", "ASSAULT");
    c.add("ASSAULT", "COERCE");
    c.add("AGREE", "AGREE");
    c.add("AGREE", EventEvaluation.NONE);
    // ASSAULT: P 1/1, R 1/2 -> F1 2/3; AGREE: P 1/1, R 1/2 -> 2/3
    assertEquals(2.0 / 3, c.macroF1(), 1e-9);
    assertEquals(2, c.correct());
  }

  @Test
  void wrongPredictionsLowerThePredictedTypesPrecision() {
    TypeConfusion c = new TypeConfusion();
    c.add("ASSAULT", "ASSAULT");
    c.add("COERCE", "ASSAULT");
    c.add("COERCE", "COERCE");
    // ASSAULT: P 1/2, R 1 -> 2/3; COERCE: P 1, R 1/2 -> 2/3
    assertEquals(2.0 / 3, c.f1("ASSAULT"), 1e-9);
    assertEquals(2.0 / 3, c.f1("COERCE"), 1e-9);
  }

  @Test
  void tablePrintsOneRowPerGoldTypeAndDotsForEmptyCells() {
    TypeConfusion c = new TypeConfusion();
    c.add("ASSAULT", "COERCE");
    c.add("AGREE", "AGREE");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.printTable(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(4, lines.length);
    assertEquals("  AGREE         1    .", lines[2]);
    assertEquals("  ASSAULT       .    1", lines[3]);
  }
}
