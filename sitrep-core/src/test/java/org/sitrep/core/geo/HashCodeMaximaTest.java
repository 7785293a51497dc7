package org.sitrep.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HashCodeMaximaTest {
  @Test
  void keepsTheLargestCountPerHashCode() {
    HashCodeMaxima.Builder b = new HashCodeMaxima.Builder();
    b.add("kryvyi".hashCode(), 2); // "kryvyi rih"
    b.add("kryvyi".hashCode(), 1);
    b.add("novo".hashCode(), 3);
    HashCodeMaxima table = b.build();
    assertEquals(2, table.max("kryvyi".hashCode()));
    assertEquals(3, table.max("novo".hashCode()));
    assertEquals(0, table.max("bakhmut".hashCode()));
  }

  @Test
  void holdsManyValuesIncludingZeroAndNegatives() {
    HashCodeMaxima.Builder b = new HashCodeMaxima.Builder();
    for (int i = -3000; i <= 3000; i += 3) b.add(i * 7919, 1 + Math.floorMod(i, 5));
    HashCodeMaxima table = b.build();
    for (int i = -3000; i <= 3000; i += 3) assertEquals(1 + Math.floorMod(i, 5), table.max(i * 7919), "value " + i * 7919);
    assertEquals(0, table.max(7919 + 1));
  }

  @Test
  void rejectsACountOutsideOneTo127() {
    HashCodeMaxima.Builder b = new HashCodeMaxima.Builder();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(1, 128));
    assertEquals("count 128, expected 1 to 127", e.getMessage());
  }
}
