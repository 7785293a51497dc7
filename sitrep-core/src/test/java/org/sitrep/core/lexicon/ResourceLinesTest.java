package org.sitrep.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {
  @Test
  void commentsBlanksAndByteOrderMarkAreSkipped() {
    List<ResourceLines.Line> lines = ResourceLines.read("/lexicon/sample.tsv");
    assertEquals("name\tcode", lines.get(0).text());
    assertEquals(4, lines.get(0).number(), "line numbers count comment lines too");
  }

  @Test
  void tsvRowsAreReadByHeaderName() {
    List<ResourceLines.Row> rows = ResourceLines.readTsv("/lexicon/sample.tsv");
    assertEquals("Kyiv", rows.get(0).get("name"));
    assertEquals("UKR", rows.get(0).get("code"));
    assertEquals(null, rows.get(1).optional("code"));
  }

  @Test
  void unknownColumnNamesFileAndLine() {
    ResourceFormatException e = assertThrows(ResourceFormatException.class,
        () -> ResourceLines.readTsv("/lexicon/sample.tsv").get(0).get("country"));
    assertEquals("/lexicon/sample.tsv:5: no column 'country' (header [name, code]) in line 'Kyiv\tUKR'", e.getMessage());
  }

  @Test
  void missingResourceIsNamed() {
    ResourceFormatException e = assertThrows(ResourceFormatException.class, () -> ResourceLines.read("/nope.txt"));
    assertEquals("/nope.txt: resource not found on the classpath", e.getMessage());
  }
}
