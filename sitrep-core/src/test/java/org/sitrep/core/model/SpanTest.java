package org.sitrep.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void invertedRangeIsRejectedNamingBothNumbers() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(7, 3));
    assertTrue(e.getMessage().contains("start 7") && e.getMessage().contains("end 3"), e.getMessage());
  }

  @Test
  void coveredTextIsEndExclusive() {
    assertEquals("Kyiv", new Span(0, 4).coveredText("Kyiv confirmed"));
  }

  @Test
  void overlapAndContainment() {
    Span a = new Span(0, 10), b = new Span(5, 12), c = new Span(10, 12);
    assertTrue(a.overlaps(b));
    assertFalse(a.overlaps(c));
    assertTrue(a.contains(new Span(2, 4)));
    assertEquals(new Span(0, 12), a.union(c));
  }
}
