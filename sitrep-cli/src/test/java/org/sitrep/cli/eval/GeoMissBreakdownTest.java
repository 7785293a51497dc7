package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeoMissBreakdownTest {
  @Test
  void surfaceClassesOfMissedNames() {
    assertEquals("lower-case", GeoMissBreakdown.surface("donbas"));
    assertEquals("abbreviation", GeoMissBreakdown.surface("U.S."));
    assertEquals("\"X County\"-like", GeoMissBreakdown.surface("Donetsk Oblast"));
    assertEquals("street/building/facility", GeoMissBreakdown.surface("Khreshchatyk Street"));
    assertEquals("natural feature", GeoMissBreakdown.surface("Dnipro River"));
    assertEquals("demonym-like", GeoMissBreakdown.surface("Ukrainian"));
    assertEquals("multi-word", GeoMissBreakdown.surface("Nova Kakhovka"));
    assertEquals("one word", GeoMissBreakdown.surface("Kherson"));
  }
}
