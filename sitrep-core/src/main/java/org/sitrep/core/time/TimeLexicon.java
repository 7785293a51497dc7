package org.sitrep.core.time;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.sitrep.core.lexicon.ResourceFormatException;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.lexicon.ResourceLines.Row;
import org.sitrep.core.model.Granularity;

/**
 * The time stage's word lists and surface patterns, loaded once from {@code /sitrep/time/}. Immutable; a broken row
 * fails here, naming file and line.
 */
final class TimeLexicon {
  private static final String DIR = "/sitrep/time/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)\\}");
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  /** A compiled row of patterns.tsv. */
  record TimePattern(String name, MentionKind kind, boolean needsNerDate, Pattern regex, List<String> groups) {}

  /** A vague count's bounds: "a few" is 2 to 4. */
  record VagueCount(int min, int max) {}

  /** A part of a month: first and last day (31 = to the end of the month). */
  record MonthPart(int first, int last) {}

  private final Map<String, Integer> months;
  private final Map<String, DayOfWeek> weekdays;
  private final Map<String, Integer> numbers;
  private final Map<String, VagueCount> vagueCounts;
  private final Map<String, MonthPart> parts;
  private final Map<String, Integer> deicticDays;
  private final Map<String, ChronoUnit> units;
  private final Map<String, Integer> directions;
  private final Map<String, Granularity> generics;
  private final List<TimePattern> patterns;
  private final Map<String, Pattern> defines;
  private final TimeAnchors anchors;

  TimeLexicon() {
    months = table("months.tsv", "form", "month", Integer::parseInt, false);
    weekdays = table("weekdays.tsv", "form", "day", s -> DayOfWeek.of(Integer.parseInt(s)), false);
    numbers = table("number_words.tsv", "word", "value", Integer::parseInt, true);
    vagueCounts = new LinkedHashMap<>();
    for (Row r : ResourceLines.readTsv(DIR + "vague_counts.tsv")) {
      VagueCount v = parse(r, () -> new VagueCount(Integer.parseInt(r.get("min")), Integer.parseInt(r.get("max"))));
      if (v.min() < 1 || v.max() < v.min()) throw r.line().error("need 1 <= min <= max, got " + v.min() + " and " + v.max());
      vagueCounts.put(key(r.get("phrase")), v);
    }
    parts = new LinkedHashMap<>();
    for (Row r : ResourceLines.readTsv(DIR + "parts_of_month.tsv")) {
      parts.put(key(r.get("form")), parse(r, () -> new MonthPart(Integer.parseInt(r.get("first")), Integer.parseInt(r.get("last")))));
    }
    deicticDays = table("deictic_days.tsv", "phrase", "offset", Integer::parseInt, true);
    units = table("time_units.tsv", "form", "unit", ChronoUnit::valueOf, true);
    directions = table("relative_words.tsv", "word", "direction", Integer::parseInt, true);
    generics = table("generic_markers.tsv", "phrase", "granularity", Granularity::valueOf, true);
    Map<String, String> expansions = new HashMap<>();
    Set<String> abbreviations = new HashSet<>();
    for (Row r : ResourceLines.readTsv(DIR + "months.tsv")) if (r.get("abbreviation").equals("yes")) abbreviations.add(r.get("form"));
    expansions.put("MONTH", caseSensitive(months.keySet(), abbreviations));
    expansions.put("WEEKDAY", caseSensitive(weekdays.keySet(), Set.of()));
    expansions.put("NUMBER", alternation(numbers.keySet()));
    expansions.put("VAGUE", alternation(vagueCounts.keySet()));
    expansions.put("PART", alternation(parts.keySet()));
    expansions.put("DEICTIC", alternation(deicticDays.keySet()));
    expansions.put("UNIT", alternation(units.keySet()));
    expansions.put("GENERIC", alternation(generics.keySet()));
    defines = new HashMap<>();
    patterns = new ArrayList<>();
    for (Row r : ResourceLines.readTsv(DIR + "patterns.tsv")) {
      String regex = expand(r, r.get("regex"), expansions);
      // Unicode classes: wire text puts no-break spaces (U+00A0) and line separators (U+2028) where \s must match.
      Pattern compiled = parse(r, () -> Pattern.compile(regex,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
      if (r.get("kind").equals("define")) {
        expansions.put(r.get("name"), "(?:" + regex + ")");
        defines.put(r.get("name"), compiled);
        continue;
      }
      MentionKind kind = parse(r, () -> MentionKind.valueOf(r.get("kind")));
      String evidence = r.get("evidence");
      if (!evidence.equals("text") && !evidence.equals("ner")) throw r.line().error("evidence must be 'text' or 'ner'");
      List<String> groups = new ArrayList<>();
      Matcher g = GROUP_NAME.matcher(regex);
      while (g.find()) groups.add(g.group(1));
      patterns.add(new TimePattern(r.get("name"), kind, evidence.equals("ner"), compiled, List.copyOf(groups)));
    }
    List<String> anchorWords = new ArrayList<>();
    for (Collection<String> c : List.of(months.keySet(), weekdays.keySet(), units.keySet(), deicticDays.keySet(), generics.keySet())) {
      anchorWords.addAll(c);
    }
    anchors = new TimeAnchors(anchorWords);
  }

  /** Whether a stretch of text may hold a match of a pattern: see {@link TimeAnchors}. */
  boolean mayHoldTime(String text, int start, int end) { return anchors.mayHoldTime(text, start, end); }

  List<TimePattern> patterns() { return patterns; }

  /** A "define" row of patterns.tsv (OPEN, JOIN, SINCE, DATELINE), compiled case-insensitively. */
  Pattern defined(String name) {
    Pattern p = defines.get(name);
    if (p == null) throw new ResourceFormatException(DIR + "patterns.tsv: no define row named " + name);
    return p;
  }

  /** 1..12 for a month name or abbreviation as written, with or without its full stop; null if none. */
  Integer month(String form) {
    // "JUN." in an all-capitals dateline is "Jun.": drop the dot, then capitalise.
    return months.get(capitalised(form.endsWith(".") ? form.substring(0, form.length() - 1) : form));
  }

  DayOfWeek weekday(String form) { return weekdays.get(capitalised(form)); }

  /** A count written as digits or a number word; null if neither. */
  Integer count(String form) {
    if (form.chars().allMatch(Character::isDigit)) return Integer.parseInt(form);
    return numbers.get(key(form));
  }

  /** The bounds of a vague count ("a few", "several"), null if none. */
  VagueCount vagueCount(String phrase) { return vagueCounts.get(key(phrase)); }

  MonthPart part(String form) { return parts.get(key(form.replace('-', ' ').strip())); }

  Integer deicticOffset(String phrase) { return deicticDays.get(key(phrase)); }

  ChronoUnit unit(String form) { return units.get(key(form)); }

  /** -1 before, 0 the current one, 1 after; null for a word that is not in relative_words.tsv. */
  Integer direction(String word) { return directions.get(key(word)); }

  Granularity genericGranularity(String phrase) { return generics.get(key(phrase)); }

  private static String key(String s) { return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "); }

  private static String capitalised(String s) {
    if (s.isEmpty() || !s.equals(s.toUpperCase(Locale.ROOT))) return s;
    return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT); // "MAY" in an all-capitals dateline
  }

  private static <V> Map<String, V> table(String file, String keyColumn, String valueColumn, Function<String, V> value,
                                          boolean lowerCase) {
    Map<String, V> out = new LinkedHashMap<>();
    for (Row r : ResourceLines.readTsv(DIR + file)) {
      String k = lowerCase ? key(r.get(keyColumn)) : r.get(keyColumn);
      if (k.isEmpty()) throw r.line().error("empty " + keyColumn);
      V v = parse(r, () -> value.apply(r.get(valueColumn)));
      if (out.put(k, v) != null) throw r.line().error("duplicate " + keyColumn + " '" + k + "'");
    }
    return Map.copyOf(out);
  }

  private interface Parse<T> { T get(); }

  private static <T> T parse(Row r, Parse<T> p) {
    try {
      return p.get();
    } catch (IllegalArgumentException e) { // NumberFormatException, bad enum name, PatternSyntaxException
      throw r.line().error(e instanceof PatternSyntaxException ? "bad regex: " + e.getMessage() : "bad value (" + e.getMessage() + ")");
    }
  }

  private static String expand(Row r, String regex, Map<String, String> expansions) {
    Matcher m = PLACEHOLDER.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = expansions.get(m.group(1));
      if (e == null) throw r.line().error("unknown placeholder {" + m.group(1) + "} (define it in an earlier row)");
      m.appendReplacement(out, Matcher.quoteReplacement(e));
    }
    return m.appendTail(out).toString();
  }

  /** Longest first, so "June" is tried before "Jun"; spaces in phrases match any run of white space. */
  private static String alternation(Collection<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /**
   * Month and weekday names: capitalised or all capitals, never lower case ("may" is a modal verb). Each ends at a
   * word boundary, or for an abbreviation at its optional full stop ("Jan." is followed by a space, not a word).
   */
  private static String caseSensitive(Collection<String> words, Set<String> abbreviations) {
    List<String> forms = new ArrayList<>();
    for (String w : words) {
      String end = abbreviations.contains(w) ? "(?:\\.|\\b)" : "\\b";
      forms.add(Pattern.quote(w) + end);
      forms.add(Pattern.quote(w.toUpperCase(Locale.ROOT)) + end);
    }
    forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return "(?-i:" + String.join("|", forms) + ")";
  }
}
