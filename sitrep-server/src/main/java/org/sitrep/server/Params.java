package org.sitrep.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, checked: a wrong value or an unknown name is a 400 whose message names the
 * parameter and says what was expected. Absent or blank parameters are null.
 */
final class Params {
  /** Longest free-text value (a name, search words); longer ones are a client mistake, not a query. */
  static final int MAX_TEXT = 200;
  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z_]{0,39}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2,3}");

  private final Map<String, List<String>> query;

  private Params(Map<String, List<String>> query) { this.query = query; }

  /** The request's parameters; any name outside {@code known} is refused (a typo would otherwise filter nothing). */
  static Params of(Context ctx, Set<String> known) {
    Map<String, List<String>> q = ctx.queryParamMap();
    for (String name : q.keySet()) {
      if (!known.contains(name)) {
        throw bad(name, "unknown parameter; this endpoint takes " + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return new Params(q);
  }

  static BadRequestResponse bad(String name, String expected) {
    return new BadRequestResponse("parameter \"" + name + "\": " + expected);
  }

  String text(String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty()) return null;
    if (values.size() > 1) throw bad(name, "given " + values.size() + " times, expected once");
    String v = values.get(0).strip();
    if (v.isEmpty()) return null;
    if (v.length() > MAX_TEXT) throw bad(name, "is " + v.length() + " characters long, expected at most " + MAX_TEXT);
    // SQLite ends a LIKE pattern at a NUL, so "%00" would match every row: control characters are no one's name.
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        throw bad(name, String.format("contains the control character U+%04X at %d", (int) v.charAt(i), i));
      }
    }
    return v;
  }

  String required(String name) {
    String v = text(name);
    if (v == null) throw bad(name, "is required");
    return v;
  }

  /** An upper-case code such as a PLOVER type: letters and underscores. */
  String code(String name) {
    String v = text(name);
    if (v == null) return null;
    if (!CODE.matcher(v).matches()) throw bad(name, "\"" + v + "\" is not a type name (letters and _)");
    return v.toUpperCase(Locale.ROOT);
  }

  /** One of a closed set of lower-case labels (modality, stance). */
  String label(String name, List<String> allowed) {
    String v = text(name);
    if (v == null) return null;
    String lower = v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) throw bad(name, "\"" + v + "\" is not one of " + String.join(", ", allowed));
    return lower;
  }

  String country(String name) {
    String v = text(name);
    if (v == null) return null;
    if (!COUNTRY.matcher(v).matches()) {
      throw bad(name, "\"" + v + "\" is not an ISO 3166 code (alpha-2 for places, alpha-3 for actors)");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  LocalDate date(String name) {
    String v = text(name);
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw bad(name, "\"" + v + "\" is not a date, expected YYYY-MM-DD");
    }
  }

  /** {@code from} and {@code to}, checked to be in order. */
  LocalDate[] dateRange() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && from.isAfter(to)) throw bad("from", from + " is after \"to\" " + to);
    return new LocalDate[] {from, to};
  }

  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) return fallback;
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    throw bad(name, "\"" + v + "\" is not a whole number from " + min + " to " + max);
  }
}
