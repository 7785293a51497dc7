package org.sitrep.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The days an extracted time value covers, both inclusive: "2023-06" is June 1 to June 30. */
record DateRange(LocalDate start, LocalDate end) {
  DateRange {
    if (end.isBefore(start)) throw new IllegalArgumentException("date range ends " + end + " before it starts " + start);
  }

  /** A time value of CONTRACT.md (YYYY-MM-DD, YYYY-MM, YYYY, start/end); null for anything else (weeks, seasons). */
  static DateRange parse(String value) {
    if (value == null || value.isBlank()) return null;
    int slash = value.indexOf('/');
    if (slash > 0) {
      DateRange a = parse(value.substring(0, slash));
      DateRange b = parse(value.substring(slash + 1));
      return a == null || b == null || b.end.isBefore(a.start) ? null : new DateRange(a.start, b.end);
    }
    try {
      switch (value.length()) {
        case 10: return day(LocalDate.parse(value));
        case 7: {
          YearMonth m = YearMonth.parse(value);
          return new DateRange(m.atDay(1), m.atEndOfMonth());
        }
        case 4: {
          int y = Integer.parseInt(value);
          return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        default: return null;
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  static DateRange day(LocalDate d) { return new DateRange(d, d); }

  long days() { return end.toEpochDay() - start.toEpochDay() + 1; }
}
