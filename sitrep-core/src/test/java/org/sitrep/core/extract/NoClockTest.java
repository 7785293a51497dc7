package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates come from the text and the publication date, never from the machine clock: no core source may ask for the
 * current time. (The extraction itself is checked for clock independence by the time stage's tests, which resolve the
 * same text against two publication dates.)
 */
class NoClockTest {
  private static final Pattern CLOCK = Pattern.compile(
      "\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|YearMonth|Year|MonthDay)\\.now\\("
          + "|\\bClock\\.(system|tick)|\\bnew\\s+(java\\.util\\.)?Date\\(\\s*\\)|currentTimeMillis\\(|Calendar\\.getInstance\\(");

  @Test
  void coreNeverReadsTheClock() throws IOException {
    Path src = Path.of("src", "main", "java");
    assertTrue(Files.isDirectory(src), "run from the sitrep-core module folder, as Maven does");
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(src)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (CLOCK.matcher(lines.get(i)).find()) hits.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertEquals(List.of(), hits);
  }

  @Test
  void thePatternCatchesAClockRead() {
    assertTrue(CLOCK.matcher("LocalDate today = LocalDate.now();").find());
    assertTrue(CLOCK.matcher("long t = System.currentTimeMillis();").find());
  }
}
