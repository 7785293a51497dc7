package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts over the stored events and statements for the dashboard, so a view of ten thousand events ships a few hundred
 * rows instead of the events: events per place, per actor, per day and type (the timeline), the Goldstein line of the
 * busiest dyads, and stances per speaker and day. Every method takes the same filters as
 * {@link StoreReader#events}/{@link StoreReader#statements}; the grouping is done in SQL and only the final ranking and
 * paging of a few hundred groups in Java. Synchronizes on the store like {@link StoreReader}.
 */
public final class StoreSummaries {
  /** The most dyads or speakers one line chart asks for. */
  public static final int MAX_SERIES = 20;
  /** Events whose date spans this many days or more are too coarse for a line over days. */
  public static final int FINE_DAYS = 7;
  /** GDELT's quad class from the two-digit CAMEO root, compared as text so that no back end has to cast. */
  private static final String QUAD_CLASS = "CASE WHEN e.cameo IS NULL OR LENGTH(e.cameo) < 2 THEN NULL"
      + " WHEN SUBSTR(e.cameo, 1, 2) BETWEEN '01' AND '05' THEN 'verbal cooperation'"
      + " WHEN SUBSTR(e.cameo, 1, 2) BETWEEN '06' AND '08' THEN 'material cooperation'"
      + " WHEN SUBSTR(e.cameo, 1, 2) BETWEEN '09' AND '13' THEN 'verbal conflict'"
      + " WHEN SUBSTR(e.cameo, 1, 2) BETWEEN '14' AND '20' THEN 'material conflict' END";
  private static final Set<String> DENIALS = Set.of("deny", "reject");
  private static final Set<String> ACCUSATIONS = Set.of("accuse", "criticize");

  private final Store store;
  private final ObjectMapper mapper = new ObjectMapper();

  public StoreSummaries(Store store) { this.store = store; }

  /**
   * Places with their events, most events first: {@code name}, {@code country}, {@code lat}, {@code lon} (the mean of
   * the coordinates the name was resolved to), {@code events}, {@code articles}, {@code types} (events per PLOVER
   * type), {@code mainType}, {@code first}/{@code last} day and {@code event} (the id of one of them).
   */
  public ResultPage places(EventQuery q) {
    Where w = Where.events(q, store.backend());
    w.add("e.place_name IS NOT NULL");
    String sql = "SELECT e.place_name, e.place_country, e.type, COUNT(*), AVG(e.lat), AVG(e.lon), MIN(e.date_start), "
        + "MAX(e.date_end), MIN(e.event_pk), COUNT(DISTINCT e.article_pk)" + w.eventsFrom() + w.sql()
        + " GROUP BY e.place_name, e.place_country, e.type";
    Map<String, ObjectNode> places = new LinkedHashMap<>();
    query("counting events per place", sql, w.params, rs -> {
      String key = rs.getString(1) + "\u0000" + rs.getString(2);
      ObjectNode p = places.computeIfAbsent(key, k -> {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", str(rs, 1));
        o.put("country", str(rs, 2));
        o.put("events", 0).put("articles", 0);
        o.putObject("types");
        return o;
      });
      long n = rs.getLong(4);
      p.put("events", p.get("events").asLong() + n);
      // Articles are counted per type and summed: an article reporting two types there counts twice. Close enough
      // for sizing a dot; the exact figure is the event listing's total.
      p.put("articles", p.get("articles").asLong() + rs.getLong(10));
      ((ObjectNode) p.get("types")).put(rs.getString(3), n);
      double lat = rs.getDouble(5);
      if (!rs.wasNull() && !p.has("lat")) p.put("lat", lat).put("lon", rs.getDouble(6));
      minText(p, "first", rs.getString(7), true);
      minText(p, "last", rs.getString(8), false);
      long event = rs.getLong(9);
      if (!p.has("event") || event < p.get("event").asLong()) p.put("event", event);
    });
    for (ObjectNode p : places.values()) {
      if (!p.has("lat")) p.putNull("lat").putNull("lon");
      p.put("mainType", mainKey((ObjectNode) p.get("types")));
    }
    return ranked(new ArrayList<>(places.values()), "events", q.limit(), q.offset());
  }

  /**
   * Actors and recipients named in events, most events first: {@code name}, {@code country}, {@code events},
   * {@code asActor}, {@code asRecipient}, {@code goldsteinMean} (over the events with a score).
   */
  public ResultPage actors(EventQuery q) {
    Where w = Where.events(q, store.backend());
    String inner = "SELECT e.%s_name AS name, e.%s_country AS country, %d AS actor, e.goldstein AS g" + w.eventsFrom() + w.sql();
    String sql = "SELECT name, country, SUM(actor), COUNT(*), SUM(g), COUNT(g) FROM ("
        + inner.formatted("actor", "actor", 1) + " UNION ALL " + inner.formatted("recipient", "recipient", 0)
        + ") x WHERE name IS NOT NULL GROUP BY name, country";
    List<Object> params = new ArrayList<>(w.params);
    params.addAll(w.params);
    List<ObjectNode> actors = new ArrayList<>();
    query("counting events per actor", sql, params, rs -> {
      ObjectNode o = mapper.createObjectNode();
      o.put("name", str(rs, 1));
      o.put("country", str(rs, 2));
      long asActor = rs.getLong(3);
      long events = rs.getLong(4);
      o.put("events", events).put("asActor", asActor).put("asRecipient", events - asActor);
      long scored = rs.getLong(6);
      if (scored == 0) o.putNull("goldsteinMean");
      else o.put("goldsteinMean", Math.round(rs.getDouble(5) / scored * 100) / 100.0);
      actors.add(o);
    });
    return ranked(actors, "events", q.limit(), q.offset());
  }

  /**
   * Events per day and PLOVER type, by day: {@code items}, each {@code date} (the first day of the event's date),
   * {@code type}, {@code events} and {@code event} (the id of one of them); {@code total} events counted, and
   * {@code coarse}: events left out because their date spans {@value #FINE_DAYS} days or more ("2022", "in
   * February"), which would otherwise pile up on the first day of their year or month. The query's page is not used.
   */
  public ObjectNode timeline(EventQuery q) {
    return timeline(q, false);
  }

  /**
   * As {@link #timeline(EventQuery)}, or with {@code byQuadClass} per day and quad class instead of type: each item's
   * {@code quadClass} is "verbal cooperation", "material cooperation", "verbal conflict" or "material conflict"
   * (GDELT's rule on the CAMEO root: 01-05, 06-08, 09-13, 14-20), or null without a CAMEO code.
   */
  public ObjectNode timeline(EventQuery q, boolean byQuadClass) {
    String row = byQuadClass ? QUAD_CLASS : "e.type";
    String field = byQuadClass ? "quadClass" : "type";
    Where w = Where.events(q, store.backend());
    w.add("e.date_start IS NOT NULL");
    Where coarse = Where.events(q, store.backend());
    coarse.add("e.date_start IS NOT NULL");
    coarse.add("NOT (" + spansUnderSql() + ")");
    w.spansUnder(FINE_DAYS, store.backend());
    List<ObjectNode> days = new ArrayList<>();
    query("counting events per day", "SELECT e.date_start, " + row + ", COUNT(*), MIN(e.event_pk)" + w.eventsFrom()
        + w.sql() + " GROUP BY 1, 2 ORDER BY 1, 2", w.params, rs -> days.add(mapper.createObjectNode()
        .put("date", rs.getString(1)).put(field, rs.getString(2)).put("events", rs.getLong(3))
        .put("event", rs.getLong(4))));
    long[] left = {0};
    query("counting coarsely dated events", "SELECT COUNT(*)" + coarse.eventsFrom() + coarse.sql(), coarse.params,
        rs -> left[0] = rs.getLong(1));
    ObjectNode out = mapper.createObjectNode();
    out.put("total", days.stream().mapToLong(d -> d.get("events").asLong()).sum());
    out.put("coarse", left[0]);
    out.putArray("items").addAll(days);
    return out;
  }

  /**
   * The escalation line: for the {@code dyads} directed pairs (actor -> recipient, each its country code, else its
   * name; "?" for an event without a recipient) with the most scored events, the Goldstein score per day:
   * {@code actor}, {@code recipient}, {@code events}, {@code days}, each {@code date}, {@code sum} (the day's Goldstein
   * scores added up: more hostile events sink the line further), {@code mean} and {@code events}. Events dated only
   * to a month or year are left out, as on the timeline. The query's page is not used.
   */
  public List<ObjectNode> escalation(EventQuery q, int dyads) {
    if (dyads < 1 || dyads > MAX_SERIES) {
      throw new IllegalArgumentException("dyads is " + dyads + ", expected 1 to " + MAX_SERIES);
    }
    String actor = "COALESCE(e.actor_country, e.actor_name)";
    String recipient = "COALESCE(e.recipient_country, e.recipient_name, '?')";
    Where w = Where.events(q, store.backend());
    w.add("e.goldstein IS NOT NULL");
    w.add("e.date_start IS NOT NULL");
    w.add(actor + " IS NOT NULL");
    w.spansUnder(FINE_DAYS, store.backend());
    // First the busiest dyads, then the days of those alone: the line never reads every dyad's days.
    Map<String, ObjectNode> series = new LinkedHashMap<>();
    List<Object> top = new ArrayList<>(w.params);
    top.add(dyads);
    query("ranking dyads", "SELECT " + actor + ", " + recipient + ", COUNT(*)" + w.eventsFrom() + w.sql()
        + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?", top, rs -> {
          ObjectNode o = mapper.createObjectNode();
          o.put("actor", rs.getString(1)).put("recipient", rs.getString(2)).put("events", rs.getLong(3));
          o.putArray("days");
          series.put(rs.getString(1) + "\u0000" + rs.getString(2), o);
        });
    if (series.isEmpty()) return List.of();
    List<String> pairs = new ArrayList<>();
    for (ObjectNode o : series.values()) {
      pairs.add("(" + actor + " = ? AND " + recipient + " = ?)");
      w.params.add(o.get("actor").asText());
      w.params.add(o.get("recipient").asText());
    }
    w.add("(" + String.join(" OR ", pairs) + ")");
    query("summing Goldstein scores per dyad and day", "SELECT " + actor + ", " + recipient + ", e.date_start, "
        + "SUM(e.goldstein), COUNT(*)" + w.eventsFrom() + w.sql() + " GROUP BY 1, 2, 3 ORDER BY 3", w.params, rs -> {
          long n = rs.getLong(5);
          double sum = rs.getDouble(4);
          ((ArrayNode) series.get(rs.getString(1) + "\u0000" + rs.getString(2)).get("days")).addObject()
              .put("date", rs.getString(3)).put("sum", round(sum)).put("mean", round(sum / n)).put("events", n);
        });
    return List.copyOf(series.values());
  }

  private String spansUnderSql() {
    Where w = new Where();
    w.spansUnder(FINE_DAYS, store.backend());
    return w.conditions();
  }

  /**
   * Stance over time for the {@code speakers} named speakers with the most statements: {@code speaker},
   * {@code statements}, {@code denials} (deny, reject), {@code accusations} (accuse, criticize) and {@code points},
   * each {@code date} (the article's publication date), {@code stance}, {@code statements} and {@code statement}
   * (the id of one of them). The query's page is not used.
   */
  public List<ObjectNode> stances(StatementQuery q, int speakers) {
    if (speakers < 1 || speakers > MAX_SERIES) {
      throw new IllegalArgumentException("speakers is " + speakers + ", expected 1 to " + MAX_SERIES);
    }
    Where w = Where.statements(q, store.backend());
    w.add("s.speaker_name IS NOT NULL");
    w.add("a.published IS NOT NULL");
    String from = " FROM statements s JOIN articles a ON a.article_pk = s.article_pk";
    // First the speakers with the most statements, then the days of those alone.
    Map<String, ObjectNode> bySpeaker = new LinkedHashMap<>();
    List<Object> top = new ArrayList<>(w.params);
    top.add(speakers);
    query("ranking speakers", "SELECT s.speaker_name, COUNT(*)" + from + w.sql()
        + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", top, rs -> {
          ObjectNode o = mapper.createObjectNode();
          o.put("speaker", rs.getString(1)).put("statements", rs.getLong(2)).put("denials", 0).put("accusations", 0);
          o.putArray("points");
          bySpeaker.put(rs.getString(1), o);
        });
    if (bySpeaker.isEmpty()) return List.of();
    w.add("s.speaker_name IN (" + String.join(", ", java.util.Collections.nCopies(bySpeaker.size(), "?")) + ")");
    w.params.addAll(bySpeaker.keySet());
    query("counting stances per speaker and day", "SELECT s.speaker_name, a.published, COALESCE(s.stance, 'none'), "
        + "COUNT(*), MIN(s.statement_pk)" + from + w.sql() + " GROUP BY 1, 2, 3 ORDER BY 2, 3", w.params, rs -> {
          ObjectNode s = bySpeaker.get(rs.getString(1));
          String stance = rs.getString(3);
          long n = rs.getLong(4);
          if (DENIALS.contains(stance)) s.put("denials", s.get("denials").asLong() + n);
          if (ACCUSATIONS.contains(stance)) s.put("accusations", s.get("accusations").asLong() + n);
          ((ArrayNode) s.get("points")).addObject().put("date", rs.getString(2)).put("stance", stance)
              .put("statements", n).put("statement", rs.getLong(5));
        });
    return List.copyOf(bySpeaker.values());
  }

  private ResultPage ranked(List<ObjectNode> rows, String countField, int limit, int offset) {
    rows.sort(Comparator.comparingLong((ObjectNode o) -> -o.get(countField).asLong())
        .thenComparing(o -> o.path("name").asText()).thenComparing(o -> o.path("country").asText()));
    List<ObjectNode> page = rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    return new ResultPage(rows.size(), limit, offset, page);
  }

  private static String mainKey(ObjectNode counts) {
    String best = null;
    long most = -1;
    for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : counts.properties()) {
      if (e.getValue().asLong() > most) {
        best = e.getKey();
        most = e.getValue().asLong();
      }
    }
    return best;
  }

  /** Keeps the earlier (or later) of the field's ISO date and {@code value}. */
  private static void minText(ObjectNode o, String field, String value, boolean earliest) {
    if (value == null) {
      if (!o.has(field)) o.putNull(field);
      return;
    }
    String old = o.path(field).isTextual() ? o.get(field).asText() : null;
    if (old == null || (earliest ? value.compareTo(old) < 0 : value.compareTo(old) > 0)) o.put(field, value);
  }

  private static double round(double v) { return Math.round(v * 100) / 100.0; }

  private static String str(ResultSet rs, int col) {
    try {
      return rs.getString(col);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  /** Runs one grouped query on the shared connection and ends its transaction, as {@link StoreReader} does. */
  private void query(String what, String sql, List<Object> params, Row row) {
    synchronized (store) {
      try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
        int i = 1;
        for (Object p : params) {
          if (p instanceof Integer n) ps.setInt(i++, n);
          else ps.setString(i++, (String) p);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) row.read(rs);
        }
        store.connection().commit();
      } catch (SQLException e) {
        store.rollback();
        throw store.failure(what, e);
      }
    }
  }
}
