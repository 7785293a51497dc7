package org.sitrep.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;

/**
 * Recognises and resolves the time expressions of a text, region by region (sentence by sentence), in text order:
 * "three days later" counts from the last resolved day before it, and "since 2014" or "from May to June" join
 * their parts into one interval. No NLP here: the stage supplies each region's tense and CoreNLP DATE runs.
 */
final class TimeTagger {
  /** Offsets before an expression searched for "from", "between" or "since". */
  private static final int LOOK_BACK = 12;
  /** How far after "two days after" the day it counts from may be written: the rest of a clause, not the next one. */
  private static final int FOLLOWING_DATE_REACH = 120;
  /** What lies between a date and a count that restates it: "Wednesday, a day after". */
  private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;][\\s\"'’”]");

  /** A stretch to tag (a sentence), how to find the tense at a span inside it, and CoreNLP's DATE runs there. */
  record Region(Span span, Function<Span, Tense> tense, List<Span> nerDates) {
    Region {
      nerDates = List.copyOf(nerDates);
    }
  }

  /**
   * What relative expressions count from. {@code day}: the day of writing (nullable). {@code yearReference}: when that
   * day is unknown, a day whose year and month a year-less date takes the nearest occurrence to ("July 16" in a release
   * numbered 2010-07-...), nullable. {@code datelinesReanchor}: each dateline after the first ("... KABUL, Afghanistan
   * (Dec. 3, 2012)") becomes the day of writing for the text after it, as in a file of several releases; the first is
   * where {@code day} came from (or, when a headline dated the release, it yields to the headline). Never when the
   * article's publication date is known.
   */
  record Anchoring(LocalDate day, LocalDate yearReference, boolean datelinesReanchor) {
    static Anchoring published(LocalDate day) { return new Anchoring(day, null, false); }
  }

  private final TimeRecognizer recognizer;
  private final TimeResolver resolver;
  private final DatelineFinder datelines;
  private final Pattern open;
  private final Pattern join;
  private final Pattern since;

  TimeTagger(TimeLexicon lexicon) {
    recognizer = new TimeRecognizer(lexicon);
    resolver = new TimeResolver(lexicon);
    datelines = new DatelineFinder(lexicon);
    open = lexicon.defined("OPEN");
    join = lexicon.defined("JOIN");
    since = lexicon.defined("SINCE");
  }

  /** The whole text as one region of one tense, without NER evidence: the pure entry point tests use. */
  List<TimeExpression> tag(String text, LocalDate anchor, Tense tense) {
    return tag(text, anchor, List.of(new Region(new Span(0, text.length()), s -> tense, List.of())));
  }

  /** Time expressions of all regions, in text order; {@code anchor} (nullable) is the day of writing. */
  List<TimeExpression> tag(String text, LocalDate anchor, List<Region> regions) {
    return tag(text, Anchoring.published(anchor), regions);
  }

  /** Time expressions of all regions, in text order, counted as {@code anchoring} says. */
  List<TimeExpression> tag(String text, Anchoring anchoring, List<Region> regions) {
    List<TimeExpression> out = new ArrayList<>();
    LocalDate anchor = anchoring.day();
    LocalDate previousDay = null;
    int datelinesSeen = 0;
    for (Region region : regions) {
      List<TimeExpression> found = new ArrayList<>();
      List<TimeMention> mentions = new ArrayList<>();
      List<Tense> tenses = new ArrayList<>();
      for (TimeMention m : recognizer.find(text, region.span(), region.nerDates())) {
        boolean dateline = anchoring.datelinesReanchor() && datelines.isParenthesisedDateline(text, m.span());
        if (dateline) datelinesSeen++;
        // A dateline states the day of writing: read a year-less one as the occurrence nearest the current anchor.
        Tense tense = dateline ? Tense.PRESENT : region.tense().apply(m.span());
        TimeExpression t;
        if (anchor == null && anchoring.yearReference() != null && yearless(m)) {
          t = resolver.resolve(m, text, anchoring.yearReference(), Tense.PRESENT, previousDay);
        } else {
          t = resolver.resolve(m, text, anchor, tense, previousDay);
        }
        if (t == null) continue;
        found.add(t);
        mentions.add(m);
        tenses.add(tense);
        if (t.resolved() && t.granularity() == Granularity.DAY) {
          previousDay = t.start();
          if (dateline && datelinesSeen > 1) anchor = t.start();
        }
      }
      countFromTheDateThatFollows(text, mentions, tenses, found, anchor);
      out.addAll(joinIntervals(text, region.span(), anchor, found));
    }
    return out;
  }

  /**
   * "The strike came two days after Zelenskyy visited the city on March 6": "after" opens what the count starts from,
   * and when that stretch of the same sentence gives its own day, the count starts there (March 8), not from the
   * last day written before (the previous day stays the reading for "two days after the strike", dated earlier).
   */
  private void countFromTheDateThatFollows(String text, List<TimeMention> mentions, List<Tense> tenses,
      List<TimeExpression> found, LocalDate anchor) {
    for (int i = 0; i < found.size(); i++) {
      TimeMention m = mentions.get(i);
      String rel = m.group("rel");
      if (m.kind() != MentionKind.CHAIN || m.group("event") != null || rel == null
          || !(rel.equalsIgnoreCase("after") || rel.equalsIgnoreCase("before"))) continue;
      TimeExpression restated = i > 0 ? found.get(i - 1) : null;
      if (restated != null && restated.resolved() && restated.granularity() == Granularity.DAY
          && APPOSITION.matcher(text.substring(restated.span().end(), m.span().start())).matches()) {
        // "on Wednesday, a day after launching the incursion": the count restates Wednesday, the day it dates; what
        // "after" opens lies a day before it, not a day after
        TimeExpression self = found.get(i);
        found.set(i, new TimeExpression(self.span(), self.text(), restated.value(), restated.granularity(), true,
            restated.start(), restated.end(), restated.generic()));
        continue;
      }
      for (int j = i + 1; j < found.size(); j++) {
        TimeExpression next = found.get(j);
        String between = text.substring(m.span().end(), next.span().start());
        if (between.length() > FOLLOWING_DATE_REACH || SENTENCE_END.matcher(between).find()) break;
        if (next.resolved() && next.granularity() == Granularity.DAY) {
          TimeExpression t = resolver.resolve(m, text, anchor, tenses.get(i), next.start());
          if (t != null) found.set(i, t);
          break;
        }
      }
    }
  }

  /** A month named without its year and without "last/next/this": "July 16", "late May", "in March". */
  private static boolean yearless(TimeMention m) {
    switch (m.kind()) {
      case DATE: case DAY_RANGE: case PART_OF_MONTH: case MONTH:
        return m.group("year") == null && m.group("rel") == null;
      default:
        return false;
    }
  }

  /** "from May to June" and "between May 3 and May 5" become one interval; "since 2014" runs to the anchor. */
  private List<TimeExpression> joinIntervals(String text, Span region, LocalDate anchor, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      TimeExpression first = found.get(i);
      if (!datable(first)) {
        out.add(first);
        continue;
      }
      Integer opening = keywordBefore(open, text, region, first.span());
      if (opening != null && i + 1 < found.size() && datable(found.get(i + 1))
          && join.matcher(text.substring(first.span().end(), found.get(i + 1).span().start())).matches()) {
        TimeExpression second = found.get(++i);
        boolean resolved = first.resolved() && second.resolved() && !second.end().isBefore(first.start());
        out.add(interval(text, new Span(opening, second.span().end()), resolved ? first.start() : null,
            resolved ? second.end() : null));
        continue;
      }
      Integer sinceAt = keywordBefore(since, text, region, first.span());
      if (sinceAt != null) {
        boolean resolved = first.resolved() && anchor != null && !anchor.isBefore(first.start());
        out.add(interval(text, new Span(sinceAt, first.span().end()), resolved ? first.start() : null, resolved ? anchor : null));
        continue;
      }
      out.add(first);
    }
    return out;
  }

  /** Where {@code keyword} (a pattern anchored at the end, "since\s+$") starts right before {@code span}, or null. */
  private static Integer keywordBefore(Pattern keyword, String text, Span region, Span span) {
    Matcher m = keyword.matcher(text);
    m.region(Math.max(region.start(), span.start() - LOOK_BACK), span.start());
    m.useTransparentBounds(true);
    return m.find() ? m.start() : null;
  }

  /** Expressions that name a point or stretch of the calendar, so can bound an interval. */
  private static boolean datable(TimeExpression t) {
    return !t.generic() && t.granularity() != Granularity.DURATION && t.granularity() != Granularity.UNKNOWN;
  }

  private static TimeExpression interval(String text, Span span, LocalDate start, LocalDate end) {
    String covered = span.coveredText(text);
    if (start == null) return new TimeExpression(span, covered, null, Granularity.INTERVAL, false, null, null, false);
    return new TimeExpression(span, covered, TimeResolver.format(Granularity.INTERVAL, start, end), Granularity.INTERVAL,
        true, start, end, false);
  }
}
