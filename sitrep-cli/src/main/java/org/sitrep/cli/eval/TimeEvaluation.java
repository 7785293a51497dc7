package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.time.TimeStage;

/**
 * Event start-date accuracy of the time stage on hand-labelled press releases (JSON Lines: {@code text} and
 * {@code gold.start_date}; no publication date, so the stage anchors on each release's dateline). The predicted start
 * date is the first resolved, specific day in the body after the dateline, else the dateline's own date.
 */
public final class TimeEvaluation {
  private TimeEvaluation() {}

  /** Scores the first {@code limit} releases of {@code file} (all when {@code limit <= 0}) and prints the figures. */
  public static void run(Path file, int limit, PrintStream out) {
    NlpStage nlp = new NlpStage(tokens -> false); // times need tags and NER, not dependency arcs
    TimeStage time = new TimeStage();
    ObjectMapper json = new ObjectMapper();
    int total = 0;
    int correct = 0;
    int predicted = 0;
    int anchored = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = in.readLine()) != null && (limit <= 0 || total < limit)) {
        lineNumber++;
        if (line.isBlank()) continue;
        JsonNode row = readRow(json, line, file, lineNumber);
        String text = row.path("text").asText();
        LocalDate gold = LocalDate.parse(row.path("gold").path("start_date").asText());
        Doc doc = time.apply(nlp.apply(Doc.of(Article.of(file.getFileName() + ":" + lineNumber, text, null))));
        List<TimeExpression> times = doc.get(Layers.TIMES);
        TimeExpression dateline = firstDay(times, null);
        if (dateline != null) anchored++;
        TimeExpression body = firstDay(times, dateline);
        LocalDate guess = body != null ? body.start() : dateline != null ? dateline.start() : null;
        total++;
        if (guess != null) predicted++;
        if (gold.equals(guess)) correct++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    out.printf("releases %d, with a dated time %d, with a predicted start date %d%n", total, anchored, predicted);
    out.printf("exact start-date accuracy %.3f (%d/%d)%n", total == 0 ? 0.0 : (double) correct / total, correct, total);
  }

  /**
   * The first resolved, non-generic day after {@code dateline} (all when null), skipping repeats of the dateline's
   * words: a release's title line often carries the same date as its dateline.
   */
  private static TimeExpression firstDay(List<TimeExpression> times, TimeExpression dateline) {
    for (TimeExpression t : times) {
      if (!t.resolved() || t.generic() || t.granularity() != Granularity.DAY) continue;
      if (dateline == null) return t;
      if (t.span().start() >= dateline.span().end() && !t.text().equals(dateline.text())) return t;
    }
    return null;
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
