package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.pipeline.BadInputException;

/** Reading labelled releases: blank lines skipped, line numbers kept, a broken row refused by file and line. */
class IsafReleasesTest {
  @TempDir Path dir;

  @Test
  void readsReleasesWithTheirLineNumbers() throws Exception {
    Path file = dir.resolve("releases.jsonl");
    Files.writeString(file, "{\"text\": \"A force detained two insurgents yesterday.\", \"gold\": {\"start_date\": \"2011-07-04\", "
        + "\"event_type\": [\"detention\"]}}\n\n{\"text\": \"Forces killed a leader.\", \"gold\": {\"start_date\": \"2012-01-02\"}}\n");
    List<IsafReleases.Release> releases = IsafReleases.read(file);
    assertEquals(List.of(1, 3), releases.stream().map(IsafReleases.Release::line).toList());
    assertEquals("detention", releases.get(0).gold().path("event_type").path(0).asText());
    assertEquals("Forces killed a leader.", releases.get(1).text());
  }

  @Test
  void aRowWithoutAStartDateIsRefusedByFileAndLine() throws Exception {
    Path file = dir.resolve("broken.jsonl");
    Files.writeString(file, "{\"text\": \"A force detained two insurgents.\", \"gold\": {}}\n");
    BadInputException e = assertThrows(BadInputException.class, () -> IsafReleases.read(file));
    assertTrue(e.getMessage().startsWith(file + ":1: no \"gold.start_date\""), e.getMessage());
  }
}
