package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProvinceNamesTest {
  private static final ProvinceNames NAMES = new ProvinceNames();

  @Test
  void geoNamesNameAndLabelSpellingAreOneProvince() {
    assertEquals("AF.36", NAMES.code("Paktia"));
    assertEquals("AF.36", NAMES.code("paktya"));
    assertEquals("AF.27", NAMES.code("Maidan Wardak Province"));
    assertEquals("AF.27", NAMES.code("wardak"));
  }

  @Test
  void provinceWordAndCaseDoNotMatter() {
    assertEquals("AF.10", NAMES.code("HELMAND  Province"));
  }

  @Test
  void regionThatIsNoProvinceHasNoCode() {
    assertNull(NAMES.code("southern afghanistan"));
    assertNull(NAMES.code(""));
    assertNull(NAMES.code(null));
  }
}
