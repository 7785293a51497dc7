package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A WHERE clause built from fixed SQL fragments; the caller's values only ever go into {@link #params}. Knows the
 * filters the listings share (an {@link EventQuery} over {@code events e JOIN articles a}, a {@link StatementQuery}
 * over {@code statements s JOIN articles a}), so the listings, the counts per place and actor, the timeline, the
 * escalation line and the stance strips all filter alike.
 */
final class Where {
  private final List<String> clauses = new ArrayList<>();
  final List<Object> params = new ArrayList<>();
  /** Whether a clause reads the articles table ({@code a}), so a query over events alone must join it. */
  private boolean readsArticles;

  /** The event filters of {@code q} on the aliases {@code e} (events) and {@code a} (articles). */
  static Where events(EventQuery q, Store.Backend backend) {
    Where w = new Where();
    w.equal("e.type", q.type());
    w.equal("e.modality", q.modality());
    if (q.country() != null) {
      String c = q.country().toUpperCase(Locale.ROOT);
      // Places carry alpha-2 codes, actors alpha-3 (CONTRACT.md), so the code's length says which to look at.
      if (c.length() == 2) w.add("e.place_country = ?", c);
      else w.add("(' ' || COALESCE(e.actor_countries, '') || ' ' || COALESCE(e.recipient_countries, '') || ' ') "
          + "LIKE ? ESCAPE '\\'", "% " + likeEscape(c) + " %");
    }
    w.contains(q.actor(), "e.actor_name", "e.recipient_name");
    w.contains(q.place(), "e.place_name");
    if (q.from() != null) w.add("e.date_end >= ?", q.from().toString());
    if (q.to() != null) w.add("e.date_start <= ?", q.to().toString());
    if (q.text() != null) w.textMatch(q.text(), backend);
    return w;
  }

  /** The statement filters of {@code q} on the aliases {@code s} (statements) and {@code a} (articles). */
  static Where statements(StatementQuery q, Store.Backend backend) {
    Where w = new Where();
    w.contains(q.speaker(), "s.speaker_name");
    w.equal("s.stance", q.stance());
    w.contains(q.actor(), "s.speaker_name", "s.target_name");
    if (q.text() != null) w.textMatch(q.text(), backend);
    if (q.from() != null) w.add("a.published >= ?", q.from().toString());
    if (q.to() != null) w.add("a.published <= ?", q.to().toString());
    return w;
  }

  void add(String clause, Object... values) {
    clauses.add(clause);
    params.addAll(List.of(values));
  }

  void equal(String column, String value) {
    if (value != null) add(column + " = ?", value);
  }

  /** Any of the columns holds {@code part}, ignoring case. */
  void contains(String part, String... columns) {
    if (part == null) return;
    String pattern = "%" + likeEscape(part.toLowerCase(Locale.ROOT)) + "%";
    List<String> ors = new ArrayList<>();
    for (String c : columns) {
      ors.add("LOWER(" + c + ") LIKE ? ESCAPE '\\'");
      params.add(pattern);
    }
    clauses.add("(" + String.join(" OR ", ors) + ")");
  }

  /** Words the article's ({@code a}) title or text must all contain, with the store's own full-text index. */
  void textMatch(String text, Store.Backend backend) {
    readsArticles = true;
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) if (!word.isEmpty()) words.add(word);
    if (words.isEmpty()) {
      add("1 = 0");
    } else if (backend == Store.Backend.SQLITE) {
      // Each word quoted, so FTS5 operators typed by a user (NEAR, OR, *, column:) are plain words.
      StringBuilder match = new StringBuilder();
      for (String word : words) match.append(match.length() == 0 ? "" : " ").append('"').append(word).append('"');
      add("a.article_pk IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", match.toString());
    } else {
      add("a.tsv @@ plainto_tsquery('english', ?)", String.join(" ", words));
    }
  }

  /** {@code events e}, joined to {@code articles a} only when a clause needs it (the text filter). */
  String eventsFrom() {
    return readsArticles ? " FROM events e JOIN articles a ON a.article_pk = e.article_pk" : " FROM events e";
  }

  /**
   * The event's date spans fewer than {@code days} days: known to the day or the week, not only to a month or year.
   * Dates are ISO text in both back ends; each has its own day arithmetic.
   */
  void spansUnder(int days, Store.Backend backend) {
    clauses.add(backend == Store.Backend.SQLITE
        ? "julianday(e.date_end) - julianday(e.date_start) < " + days
        : "CAST(e.date_end AS DATE) - CAST(e.date_start AS DATE) < " + days);
  }

  /** Another clause's conditions, appended as they are (with their parameters). */
  void addAll(Where other) {
    clauses.addAll(other.clauses);
    params.addAll(other.params);
  }

  boolean isEmpty() { return clauses.isEmpty(); }

  /** The conditions joined by AND, without the WHERE keyword ("1 = 1" when there are none). */
  String conditions() { return clauses.isEmpty() ? "1 = 1" : String.join(" AND ", clauses); }

  String sql() { return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses); }

  static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
