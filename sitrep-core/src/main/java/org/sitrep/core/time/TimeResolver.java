package org.sitrep.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.time.TimeLexicon.MonthPart;
import org.sitrep.core.time.TimeLexicon.VagueCount;

/**
 * Gives a recognised mention its value. News dates events relative to the day of writing, so everything without a
 * written year is counted from the anchor (the publication date, else the dateline date); without an anchor such
 * expressions stay unresolved but keep their granularity. Tense decides which way a year-less month or a bare weekday
 * points. Pure: no clock, no NLP, so it is tested on (text, anchor, tense) alone.
 */
final class TimeResolver {
  private final TimeLexicon lexicon;

  TimeResolver(TimeLexicon lexicon) { this.lexicon = lexicon; }

  /**
   * The value of {@code m}, or null when its words name no real date ("February 30"), a word the lexicon does not
   * know (see {@link #value}), or a day past the calendar's end.
   *
   * @param anchor      the day of writing, nullable
   * @param previousDay the last resolved day before this mention ("three days later" counts from it), nullable
   */
  TimeExpression resolve(TimeMention m, String text, LocalDate anchor, Tense tense, LocalDate previousDay) {
    Value v;
    try {
      v = value(m, anchor, tense, previousDay);
    } catch (DateTimeException e) {
      return null; // "tomorrow" written on LocalDate.MAX
    }
    if (v == null) return null;
    String covered = m.span().coveredText(text);
    if (v.start == null) return new TimeExpression(m.span(), covered, null, v.granularity, false, null, null, v.generic);
    return new TimeExpression(m.span(), covered, format(v), v.granularity, true, v.start, v.end, false);
  }

  /** start == null means unresolved; granularity is kept either way. */
  private record Value(Granularity granularity, LocalDate start, LocalDate end, boolean generic) {
    static Value unresolved(Granularity g) { return new Value(g, null, null, false); }
  }

  /**
   * Null also when a lookup misses: the patterns match case-insensitively with Unicode folding, so "ſeveral" (long s)
   * or "thİs" (dotted capital I) match while the lexicon, keyed by lower case, knows no such word.
   */
  private Value value(TimeMention m, LocalDate anchor, Tense tense, LocalDate previousDay) {
    switch (m.kind()) {
      case ISO_DATE: {
        LocalDate d = date(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("mon")), Integer.parseInt(m.group("dom")));
        return d == null ? null : day(d);
      }
      case DATE: {
        Integer month = lexicon.month(m.group("month"));
        if (month == null) return null;
        int dom = dayOfMonth(m.group("day"));
        if (m.group("year") != null) {
          LocalDate d = date(Integer.parseInt(m.group("year")), month, dom);
          return d == null ? null : day(d);
        }
        if (!possible(month, dom)) return null;
        if (anchor == null) return Value.unresolved(Granularity.DAY);
        return day(nearestDate(month, dom, anchor, tense));
      }
      case DAY_RANGE: {
        Integer month = lexicon.month(m.group("month"));
        if (month == null || !knownRel(m)) return null;
        int first = dayOfMonth(m.group("day"));
        int last = dayOfMonth(m.group("day2"));
        if (last < first || !possible(month, last)) return null;
        YearMonth ym = yearMonth(m, month, anchor, tense);
        if (ym == null) return Value.unresolved(Granularity.INTERVAL);
        LocalDate start = date(ym.getYear(), month, first);
        LocalDate end = date(ym.getYear(), month, last);
        return start == null || end == null ? null : new Value(Granularity.INTERVAL, start, end, false);
      }
      case PART_OF_MONTH: {
        Integer month = lexicon.month(m.group("month"));
        MonthPart part = lexicon.part(m.group("part"));
        if (month == null || part == null || !knownRel(m)) return null;
        YearMonth ym = yearMonth(m, month, anchor, tense);
        if (ym == null) return Value.unresolved(Granularity.PART_OF_MONTH);
        return new Value(Granularity.PART_OF_MONTH, ym.atDay(part.first()), ym.atDay(Math.min(part.last(), ym.lengthOfMonth())), false);
      }
      case DAY_OF_MONTH: {
        int dom = dayOfMonth(m.group("day"));
        if (!knownRel(m)) return null;
        if (anchor == null) return Value.unresolved(Granularity.DAY);
        LocalDate d = dayOfMonth(dom, m.group("rel"), anchor, tense);
        return d == null ? null : day(d);
      }
      case MONTH: {
        Integer month = lexicon.month(m.group("month"));
        if (month == null || !knownRel(m)) return null;
        YearMonth ym = yearMonth(m, month, anchor, tense);
        return ym == null ? Value.unresolved(Granularity.MONTH) : month(ym);
      }
      case YEAR:
        return year(Integer.parseInt(m.group("year")));
      case WEEKDAY: {
        DayOfWeek weekday = lexicon.weekday(m.group("weekday"));
        if (weekday == null || !knownRel(m)) return null;
        if (anchor == null) return Value.unresolved(Granularity.DAY);
        return day(weekday(weekday, direction(m, tense), anchor));
      }
      case WEEKEND: {
        if (!knownRel(m)) return null;
        if (anchor == null) return Value.unresolved(Granularity.INTERVAL);
        int direction = direction(m, tense);
        LocalDate saturday = weekday(DayOfWeek.SATURDAY, direction, anchor);
        // said on a Sunday, "this weekend" and "over the weekend" (past) are the weekend under way
        if (anchor.getDayOfWeek() == DayOfWeek.SUNDAY && Math.abs(direction) < 2) saturday = anchor.minusDays(1);
        return new Value(Granularity.INTERVAL, saturday, saturday.plusDays(1), false);
      }
      case DEICTIC: {
        Integer offset = lexicon.deicticOffset(m.group("deictic"));
        if (offset == null) return null;
        return anchor == null ? Value.unresolved(Granularity.DAY) : day(anchor.plusDays(offset));
      }
      case RELATIVE_PERIOD: {
        ChronoUnit unit = lexicon.unit(m.group("unit"));
        if (unit == null || !knownRel(m)) return null;
        if (anchor == null) return Value.unresolved(granularity(unit));
        return period(anchor.plus(lexicon.direction(m.group("rel")), unit), unit);
      }
      case PERIOD_PART:
        return periodPart(m, anchor);
      case AGO: {
        ChronoUnit unit = lexicon.unit(m.group("unit"));
        VagueCount vague = m.group("vague") == null ? null : lexicon.vagueCount(m.group("vague"));
        Integer count = m.group("count") == null ? null : lexicon.count(m.group("count"));
        if (unit == null || (vague == null && count == null)) return null;
        boolean exact = vague == null || vague.min() == vague.max();
        if (anchor == null) return Value.unresolved(exact ? granularity(unit) : Granularity.INTERVAL);
        if (exact) return period(anchor.minus(vague == null ? count : vague.min(), unit), unit);
        // "a few days ago": from the earliest to the latest day the vague count allows.
        return new Value(Granularity.INTERVAL, period(anchor.minus(vague.max(), unit), unit).start,
            period(anchor.minus(vague.min(), unit), unit).end, false);
      }
      case PAST_STRETCH: {
        // Counted back from the day of writing, which it includes: "killed 30 in the past two days" written on the
        // 17th spans the 15th to the 17th; no finer reading is possible without the hour.
        if (anchor == null) return Value.unresolved(Granularity.INTERVAL);
        return new Value(Granularity.INTERVAL, anchor.minus(lexicon.count(m.group("count")), lexicon.unit(m.group("unit"))), anchor, false);
      }
      case CHAIN: {
        ChronoUnit unit = lexicon.unit(m.group("unit"));
        Integer n = m.group("count") == null ? Integer.valueOf(1) : lexicon.count(m.group("count"));
        if (unit == null || n == null || !knownRel(m)) return null;
        // "three days after the attack": counted from an event, not from the previous date the text gave
        if (previousDay == null || m.group("event") != null) return Value.unresolved(granularity(unit));
        return period(previousDay.plus((long) n * lexicon.direction(m.group("rel")), unit), unit);
      }
      case DURATION:
        return Value.unresolved(Granularity.DURATION);
      case GENERIC: {
        Granularity g = lexicon.genericGranularity(m.group("generic"));
        return g == null ? null : new Value(g, null, null, true);
      }
      case OTHER:
        return Value.unresolved(Granularity.UNKNOWN);
      default:
        throw new IllegalStateException("no resolution for " + m.kind());
    }
  }

  /** The year of a year-less month: written, or counted from the anchor by "last/next/this" or by tense. */
  private YearMonth yearMonth(TimeMention m, int month, LocalDate anchor, Tense tense) {
    if (m.group("year") != null) return YearMonth.of(Integer.parseInt(m.group("year")), month);
    if (anchor == null) return null;
    YearMonth now = YearMonth.from(anchor);
    YearMonth same = YearMonth.of(anchor.getYear(), month);
    String rel = m.group("rel");
    Integer dir = rel == null ? null : lexicon.direction(rel);
    if (dir != null && dir < 0) return same.isBefore(now) ? same : same.minusYears(1); // "last May": before this month
    if (dir != null && dir > 0) return same.isAfter(now) ? same : same.plusYears(1);
    if (dir != null) return same; // "this May"
    switch (tense) {
      case PAST: return same.isAfter(now) ? same.minusYears(1) : same;
      case FUTURE: return same.isBefore(now) ? same.plusYears(1) : same;
      default: {
        // The closer of the last and the next occurrence; a tie goes to the past (news mostly reports).
        YearMonth past = same.isAfter(now) ? same.minusYears(1) : same;
        YearMonth next = same.isBefore(now) ? same.plusYears(1) : same;
        return ChronoUnit.MONTHS.between(past, now) <= ChronoUnit.MONTHS.between(now, next) ? past : next;
      }
    }
  }

  /**
   * "on the 5th": with "of this/last/next month" that month; otherwise the anchor's month, or for a past verb and a
   * day still to come the month before ("struck on the 28th" written on June 4 is May 28), for a future verb and a
   * day gone the month after, for present tense the closer of the two. Null when the month has no such day.
   */
  private LocalDate dayOfMonth(int dom, String rel, LocalDate anchor, Tense tense) {
    YearMonth now = YearMonth.from(anchor);
    if (rel != null) {
      YearMonth ym = now.plusMonths(lexicon.direction(rel));
      return ym.isValidDay(dom) ? ym.atDay(dom) : null;
    }
    YearMonth before = dom <= anchor.getDayOfMonth() ? now : now.minusMonths(1);
    YearMonth after = dom >= anchor.getDayOfMonth() ? now : now.plusMonths(1);
    LocalDate past = before.isValidDay(dom) ? before.atDay(dom) : null;
    LocalDate next = after.isValidDay(dom) ? after.atDay(dom) : null;
    if (tense == Tense.PAST || next == null) return past;
    if (tense == Tense.FUTURE || past == null) return next;
    return ChronoUnit.DAYS.between(past, anchor) <= ChronoUnit.DAYS.between(anchor, next) ? past : next;
  }

  /** The year of "December 30": past looks back (across New Year), future forward, present takes the closest. */
  private static LocalDate nearestDate(int month, int dom, LocalDate anchor, Tense tense) {
    LocalDate before = null;
    LocalDate after = null;
    // Eight years either way finds February 29 from any anchor.
    for (int y = anchor.getYear() - 8; y <= anchor.getYear() + 8; y++) {
      LocalDate d = date(y, month, dom);
      if (d == null) continue;
      if (!d.isAfter(anchor)) before = d;
      if (!d.isBefore(anchor) && after == null) after = d;
    }
    if (tense == Tense.PAST || after == null) return before;
    if (tense == Tense.FUTURE || before == null) return after;
    return ChronoUnit.DAYS.between(before, anchor) <= ChronoUnit.DAYS.between(anchor, after) ? before : after;
  }

  /** "last Friday" is strictly before the anchor, "next Friday" strictly after; otherwise tense decides. */
  private static LocalDate weekday(DayOfWeek day, int direction, LocalDate anchor) {
    if (direction < -1) return anchor.with(TemporalAdjusters.previous(day));
    if (direction > 1) return anchor.with(TemporalAdjusters.next(day));
    LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
    if (direction < 0) return before;
    if (direction > 0) return after;
    return ChronoUnit.DAYS.between(before, anchor) <= ChronoUnit.DAYS.between(anchor, after) ? before : after;
  }

  /** Whether the mention has no "rel" word, or one the lexicon knows. */
  private boolean knownRel(TimeMention m) {
    return m.group("rel") == null || lexicon.direction(m.group("rel")) != null;
  }

  /** -2/2 for an explicit "last"/"next", -1/1 for past/future tense, 0 for present. */
  private int direction(TimeMention m, Tense tense) {
    String rel = m.group("rel");
    Integer dir = rel == null ? null : lexicon.direction(rel);
    if (dir != null && dir != 0) return 2 * dir;
    return tense == Tense.PAST ? -1 : tense == Tense.FUTURE ? 1 : 0;
  }

  /** "earlier this month": from the start of the month to the anchor; "later this year": from the anchor on. */
  private Value periodPart(TimeMention m, LocalDate anchor) {
    ChronoUnit unit = lexicon.unit(m.group("unit"));
    if (unit == null || !knownRel(m)) return null;
    Granularity g = unit == ChronoUnit.MONTHS ? Granularity.PART_OF_MONTH : Granularity.INTERVAL;
    if (anchor == null) return Value.unresolved(g);
    Value whole = period(anchor, unit);
    boolean earlier = lexicon.direction(m.group("rel")) < 0;
    return new Value(g, earlier ? whole.start : anchor, earlier ? anchor : whole.end, false);
  }

  /** The calendar week (Monday to Sunday), month or year containing {@code d}, or the day itself. */
  private static Value period(LocalDate d, ChronoUnit unit) {
    switch (unit) {
      case WEEKS: {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Value(Granularity.WEEK, monday, monday.plusDays(6), false);
      }
      case MONTHS: return month(YearMonth.from(d));
      case YEARS: return year(d.getYear());
      default: return day(d);
    }
  }

  private static Granularity granularity(ChronoUnit unit) {
    switch (unit) {
      case WEEKS: return Granularity.WEEK;
      case MONTHS: return Granularity.MONTH;
      case YEARS: return Granularity.YEAR;
      default: return Granularity.DAY;
    }
  }

  private static Value day(LocalDate d) { return new Value(Granularity.DAY, d, d, false); }

  private static Value month(YearMonth ym) { return new Value(Granularity.MONTH, ym.atDay(1), ym.atEndOfMonth(), false); }

  private static Value year(int y) { return new Value(Granularity.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false); }

  /** The contract's value: "YYYY-MM-DD", "YYYY-MM", "YYYY", or "start/end" for weeks, parts of months and intervals. */
  static String format(Granularity g, LocalDate start, LocalDate end) {
    switch (g) {
      case DAY: return start.toString();
      case MONTH: return YearMonth.from(start).toString();
      case YEAR: return String.format("%04d", start.getYear());
      default: return start + "/" + end;
    }
  }

  private static String format(Value v) { return format(v.granularity, v.start, v.end); }

  private static int dayOfMonth(String written) { return Integer.parseInt(written.replaceAll("\\D", "")); }

  /** Whether some year has this day ("February 29" yes, "April 31" no). */
  private static boolean possible(int month, int dom) { return date(2000, month, dom) != null; }

  private static LocalDate date(int y, int month, int dom) {
    try {
      return LocalDate.of(y, month, dom);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
