package org.sitrep.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;

/**
 * Finds the date of a dateline near the start of an article ("KABUL, Afghanistan (Jan. 25, 2013) —"), the
 * fallback anchor when the article has no publication date.
 *
 * <p>A dateline without its year ("KYIV, June 4 (Reuters) -") takes the year from another year-bearing date in the
 * opening: a full date ("Jan. 25, 2013"), a month ("June 2023") or a year-month stamp of a release number or address
 * ("2013-06-S-025", ".../2013/06/"). The first such reference wins. A reference before the dateline (headline, release
 * number) dates the release, so the dateline takes the year that puts it closest to the reference: "Dec. 31" under a
 * stamp "2014-01" is 2013-12-31. A reference after it is in the body, which mostly reports the past, so the dateline
 * takes the first occurrence of its day on or after the reference: "(Jan. 14) ... an attack in June 2011" is
 * 2012-01-14. Without a reference a year-less dateline does not anchor, since it cannot say which June.
 *
 * <p>A release without a place line may carry its date at the head of its first line ("June 4: Troops Retake
 * Bridge", "Operational Update June 4"); that date counts as the dateline.
 *
 * <p>Without any dateline, the opening's year-month reference still tells which year a year-less date of the body
 * falls in ("Release 2010-07-CA-129 ... in Kabul July 16"), though not which day "yesterday" is. A collection of
 * releases in one text carries a dateline at the head of each ("... 2012-12-S-004 KABUL, Afghanistan (Dec. 3, 2012)"):
 * a parenthesised date right after a place line re-anchors the text after it.
 */
final class DatelineFinder {
  /** Wire headers and release numbers can come before the dateline; the body follows it. */
  private static final int SEARCH_CHARS = 600;
  /** How far before the date the place name may start. */
  private static final int PLACE_CHARS = 80;
  /** A year-month stamp stands for its month; measuring from mid-month keeps either end of it close. */
  private static final int STAMP_DAY = 15;

  private final TimeRecognizer recognizer;
  private final TimeResolver resolver;
  private final Pattern dateline;
  private final Pattern stamp;

  DatelineFinder(TimeLexicon lexicon) {
    recognizer = new TimeRecognizer(lexicon);
    resolver = new TimeResolver(lexicon);
    dateline = lexicon.defined("DATELINE");
    stamp = lexicon.defined("YEAR_MONTH_STAMP");
  }

  /** The dateline's date, or null when the opening of the text has none whose year is written or inferable. */
  LocalDate find(String text) {
    Span opening = new Span(0, Math.min(text.length(), SEARCH_CHARS));
    List<TimeMention> mentions = recognizer.find(text, opening, List.of());
    for (TimeMention m : mentions) {
      if (m.kind() != MentionKind.DATE && m.kind() != MentionKind.ISO_DATE) continue;
      if (!afterPlace(text, m.span()) && !inHeadline(text, m.span())) continue;
      boolean written = m.kind() == MentionKind.ISO_DATE || m.group("year") != null;
      Reference reference = written ? null : reference(text, opening, mentions);
      if (!written && reference == null) continue;
      // Present tense takes the occurrence closest to a header reference; future, the first on or after a body one.
      Tense direction = reference == null || reference.at() < m.span().start() ? Tense.PRESENT : Tense.FUTURE;
      LocalDate anchor = reference == null ? null : direction == Tense.PRESENT ? reference.middle() : reference.start();
      TimeExpression t = resolver.resolve(m, text, anchor, direction, null);
      if (t != null && t.resolved() && t.granularity() == Granularity.DAY) return t.start();
    }
    return null;
  }

  /**
   * The middle of the month (or the day) of the opening's first year-bearing reference: the day a year-less date of an
   * undated release is measured from. Null when the opening has none.
   */
  LocalDate yearReference(String text) {
    Span opening = new Span(0, Math.min(text.length(), SEARCH_CHARS));
    Reference r = reference(text, opening, recognizer.find(text, opening, List.of()));
    return r == null ? null : r.middle();
  }

  /**
   * Whether {@code date} is a dateline anywhere in the text: in parentheses right after a place line, "KABUL,
   * Afghanistan (Dec. 3, 2012)". Stricter than the opening's test, since the body's "NATO, the alliance said on June 4"
   * also follows capitals and a comma.
   */
  boolean isParenthesisedDateline(String text, Span date) {
    if (date.start() == 0 || date.end() >= text.length()) return false;
    return text.charAt(date.start() - 1) == '(' && text.charAt(date.end()) == ')' && afterPlace(text, date);
  }

  /** Whether a place line ends right before {@code date}: "KABUL, Afghanistan (" before "Jan. 25, 2013)". */
  private boolean afterPlace(String text, Span date) {
    Matcher place = dateline.matcher(text);
    place.region(Math.max(0, date.start() - PLACE_CHARS), date.start());
    place.useTransparentBounds(true);
    return place.find();
  }

  /**
   * Whether {@code date} heads the first line ("June 4: Troops Retake Bridge") or closes it ("Operational Update,
   * June 4"): a headline dated this way gives the day of the release, where a date inside a headline ("Troops Recall
   * June 4 Attack") names an event.
   */
  private static boolean inHeadline(String text, Span date) {
    int lineEnd = firstLineEnd(text);
    if (date.end() > lineEnd) return false;
    String before = text.substring(0, date.start());
    String after = text.substring(date.end(), lineEnd);
    return before.isBlank() && after.matches("\\s*[:–—-].*") || !before.isBlank() && after.isBlank();
  }

  /** Where the first non-blank line ends: at a line feed, or a Unicode line or paragraph separator. */
  private static int firstLineEnd(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return i;
    }
    return text.length();
  }

  /** A dated reference for a year-less dateline: its first and middle day (the same for a day) and where it starts. */
  private record Reference(LocalDate start, LocalDate middle, int at) {}

  /** The first written date, month or year-month stamp of the opening that carries a year, or null. */
  private Reference reference(String text, Span opening, List<TimeMention> mentions) {
    Reference written = null;
    for (TimeMention m : mentions) {
      if (m.group("year") == null) continue;
      TimeExpression t = resolver.resolve(m, text, null, Tense.PRESENT, null);
      if (t == null || !t.resolved() || t.granularity() == Granularity.YEAR) continue; // a year alone is too coarse
      LocalDate middle = t.granularity() == Granularity.DAY ? t.start() : t.start().withDayOfMonth(Math.min(STAMP_DAY, t.end().getDayOfMonth()));
      written = new Reference(t.start(), middle, m.span().start());
      break;
    }
    Matcher s = stamp.matcher(text);
    s.region(opening.start(), opening.end());
    if (s.find() && (written == null || s.start() < written.at())) {
      YearMonth month = YearMonth.of(Integer.parseInt(s.group("year")), Integer.parseInt(s.group("mon")));
      return new Reference(month.atDay(1), month.atDay(STAMP_DAY), s.start());
    }
    return written;
  }
}
