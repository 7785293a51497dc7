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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.time.TimeStage;

/**
 * Event start-date accuracy of the time stage on hand-labelled press releases (JSON Lines: {@code text} and
 * {@code gold.start_date}; no publication date, so the stage anchors on each release's dateline). The predicted start
 * date is the earliest resolved, specific day of the first body sentence (after the dateline) that has one, else the
 * dateline's own date: "Forces confirmed today the arrest of a leader on Sunday" reports on one day an event of another.
 * A date that modifies a noun ("the May 11 attack", "Tuesday's raid") names an earlier event the sentence refers to,
 * not the one it reports, so it is passed over.
 */
public final class TimeEvaluation {
  private TimeEvaluation() {}

  /** "the May 11 attack", "a June 2 raid": a determiner before the date, a lower-case word after it. */
  private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i:\\b(?:the|a|an)\\s+)$");
  private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+\\p{Ll}");
  /** "Tuesday's raid". */
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
  /** Characters of a missed release's text shown in the misses list. */
  private static final int MISS_CHARS = 400;

  /**
   * Scores the first {@code limit} releases of {@code file} (all when {@code limit <= 0}) and prints the figures, then
   * up to {@code misses} wrong or missing predictions with gold, guess and the release's opening.
   */
  public static void run(Path file, int limit, int misses, PrintStream out) {
    List<String> missed = new ArrayList<>();
    NlpStage nlp = new NlpStage(tokens -> false); // times need tags and NER, not dependency arcs
    TimeStage time = new TimeStage();
    ObjectMapper json = new ObjectMapper();
    int total = 0;
    int correct = 0;
    int predicted = 0;
    int anchored = 0;
    int correctAnchored = 0;
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
        // The dateline is written with digits: a headline's "Overnight" is resolved, but no dateline.
        TimeExpression dateline = firstDay(times.stream().filter(t -> t.text().chars().anyMatch(Character::isDigit)).toList(), null);
        if (dateline != null) anchored++;
        List<TimeExpression> events = times.stream().filter(t -> !attributive(text, t.span())).toList();
        TimeExpression body = firstDay(events, dateline);
        LocalDate guess = body != null ? earliestInSentence(doc.get(Layers.SENTENCES), events, body, dateline)
            : dateline != null ? dateline.start() : null;
        total++;
        if (guess != null) predicted++;
        if (gold.equals(guess)) {
          correct++;
          if (dateline != null) correctAnchored++;
        } else if (missed.size() < misses) {
          String opening = text.substring(0, Math.min(text.length(), MISS_CHARS)).replaceAll("\\s+", " ");
          missed.add(String.format("line %d gold %s guess %s dateline %s%n  %s", lineNumber, gold, guess,
              dateline == null ? "-" : "'" + dateline.text() + "'", opening));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    out.printf("releases %d, with a dated time %d, with a predicted start date %d%n", total, anchored, predicted);
    out.printf("exact start-date accuracy %.3f (%d/%d)%n", total == 0 ? 0.0 : (double) correct / total, correct, total);
    out.printf("on releases with a dated time %.3f (%d/%d)%n", anchored == 0 ? 0.0 : (double) correctAnchored / anchored,
        correctAnchored, anchored);
    for (String m : missed) out.println(m);
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

  /** The earliest resolved day in the sentence holding {@code first}, ignoring repeats of the dateline. */
  private static LocalDate earliestInSentence(List<Sentence> sentences, List<TimeExpression> times, TimeExpression first,
                                              TimeExpression dateline) {
    Span sentence = sentences.stream().map(Sentence::span).filter(s -> s.contains(first.span())).findFirst().orElse(first.span());
    LocalDate earliest = first.start();
    for (TimeExpression t : times) {
      if (t.resolved() && !t.generic() && t.granularity() == Granularity.DAY && sentence.contains(t.span())
          && (dateline == null || !t.text().equals(dateline.text())) && t.start().isBefore(earliest)) {
        earliest = t.start();
      }
    }
    return earliest;
  }

  /** Whether the date at {@code span} modifies a noun: "the May 11 attack", "Tuesday's raid". */
  private static boolean attributive(String text, Span span) {
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 3));
    String before = text.substring(Math.max(0, span.start() - 8), span.start());
    return POSSESSIVE_AFTER.matcher(after).find() || DETERMINER_BEFORE.matcher(before).find() && NOUN_AFTER.matcher(after).find();
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
