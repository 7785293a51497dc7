package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.pipeline.BadInputException;

/**
 * The hand-labelled ISAF press releases (JSON Lines: {@code text} and {@code gold} with at least {@code start_date}),
 * read whole: 724 releases are a few megabytes. Shared by the time and the conflict-report evaluations.
 */
final class IsafReleases {
  /** One release: where it stands in the file, its text and its labels. */
  record Release(int line, String text, JsonNode gold) {}

  private IsafReleases() {}

  /** Every non-blank line of {@code file}; a line that is not a labelled release is refused, naming file and line. */
  static List<Release> read(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<Release> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) continue;
        JsonNode row = readRow(json, line, file, lineNumber);
        out.add(new Release(lineNumber, row.path("text").asText(), row.path("gold")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static JsonNode readRow(ObjectMapper json, String line, Path file, int lineNumber) {
    try {
      JsonNode row = json.readTree(line);
      if (!row.path("text").isTextual()) throw new BadInputException(file + ":" + lineNumber + ": no \"text\" string");
      if (!row.path("gold").path("start_date").isTextual()) {
        throw new BadInputException(file + ":" + lineNumber + ": no \"gold.start_date\" string");
      }
      return row;
    } catch (IOException e) {
      throw new BadInputException(file + ":" + lineNumber + ": not JSON: " + e.getMessage());
    }
  }
}
