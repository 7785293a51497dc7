package org.sitrep.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;

/**
 * Finds the date of a dateline near the start of an article ("KABUL, Afghanistan (Jan. 25, 2013) —"), the
 * fallback anchor when the article has no publication date. Only a date with its year counts: "KYIV, June 4
 * (Reuters) -" alone cannot say which June.
 */
final class DatelineFinder {
  /** Wire headers and release numbers can come before the dateline; the body follows it. */
  private static final int SEARCH_CHARS = 600;
  /** How far before the date the place name may start. */
  private static final int PLACE_CHARS = 80;

  private final TimeRecognizer recognizer;
  private final TimeResolver resolver;
  private final Pattern dateline;

  DatelineFinder(TimeLexicon lexicon) {
    recognizer = new TimeRecognizer(lexicon);
    resolver = new TimeResolver(lexicon);
    dateline = lexicon.defined("DATELINE");
  }

  /** The dateline's date, or null when the opening of the text has none with a year. */
  LocalDate find(String text) {
    Span opening = new Span(0, Math.min(text.length(), SEARCH_CHARS));
    List<TimeMention> mentions = recognizer.find(text, opening, List.of());
    for (TimeMention m : mentions) {
      if (m.kind() != MentionKind.DATE && m.kind() != MentionKind.ISO_DATE) continue;
      TimeExpression t = resolver.resolve(m, text, null, Tense.PRESENT, null);
      if (t == null || !t.resolved() || t.granularity() != Granularity.DAY) continue;
      Matcher place = dateline.matcher(text);
      place.region(Math.max(0, m.span().start() - PLACE_CHARS), m.span().start());
      place.useTransparentBounds(true);
      // The place line may end in "(" before the date: "KABUL, Afghanistan (Jan. 25, 2013)".
      if (place.find()) return t.start();
    }
    return null;
  }
}
