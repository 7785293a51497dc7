package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only queries for the server and the dashboard: filtered, paged listings of events, statements and articles,
 * one article, and one event with every report clustered with it. Every value from the caller is bound as a
 * parameter; the SQL text is fixed. Uses the store's one connection and synchronizes on the store, as its own methods
 * do, so a reader may serve many request threads.
 */
public final class StoreReader {
  /** At most this many reports come back with one event: a cluster of hundreds is read through the listing. */
  public static final int MAX_REPORTS = 50;

  private static final String EVENT_COLUMNS = "e.event_pk, e.cluster_id, a.id, a.title, a.published, e.type, e.mode, "
      + "e.cameo, e.goldstein, e.acled_event_type, e.acled_sub_event_type, e.modality, e.actor_name, e.actor_country, "
      + "e.recipient_name, e.recipient_country, e.place_name, e.place_country, e.lat, e.lon, e.date_value, "
      + "e.date_start, e.date_end, e.trigger_text, e.confidence";
  private static final String EVENT_FROM = " FROM events e JOIN articles a ON a.article_pk = e.article_pk";

  private final Store store;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ClaimReader claims;

  /** A reader that finds a cluster's rival reports by {@link ClusterRule#DEFAULT}. */
  public StoreReader(Store store) { this(store, ClusterRule.DEFAULT); }

  /** A reader that finds a cluster's rival reports by the rule the store was clustered with. */
  public StoreReader(Store store, ClusterRule rule) {
    this.store = store;
    this.claims = new ClaimReader(rule, mapper);
  }

  /** Counts over the same store for the dashboard's charts. */
  public StoreSummaries summaries() { return new StoreSummaries(store); }

  /** Events matching the query, by date (undated last), then by key. */
  public ResultPage events(EventQuery q) {
    Where w = Where.events(q, store.backend());
    // Counted over the events alone unless the text filter needs the articles: every event has its article.
    return read("listing events", () -> page(q.limit(), q.offset(), w.eventsFrom() + w.sql(),
        "SELECT " + EVENT_COLUMNS + EVENT_FROM + w.sql() + " ORDER BY e.date_start IS NULL, e.date_start, e.event_pk",
        w.params, this::eventRow));
  }

  /** Statements matching the query, by speaker (unnamed last), then publication date. */
  public ResultPage statements(StatementQuery q) {
    Where w = Where.statements(q, store.backend());
    String from = " FROM statements s JOIN articles a ON a.article_pk = s.article_pk" + w.sql();
    return read("listing statements", () -> page(q.limit(), q.offset(), from,
        "SELECT s.statement_pk, a.id, a.title, a.published, s.stance, s.direct, s.speaker_name, s.speaker_country, "
            + "s.speaker_sector, s.cue_text, s.content_text, s.medium_text, s.target_name, s.target_country" + from
            + " ORDER BY s.speaker_name IS NULL, s.speaker_name, a.published, s.statement_pk",
        w.params, this::statementRow));
  }

  /**
   * The statements matching the query regrouped into narratives, one per speaker and target, each in publication
   * order with stance shifts flagged: {@code speaker}, {@code target}, {@code shifts} and {@code statements} (listing
   * rows plus {@code shift}, e.g. "assert -> deny", or null). The query's page bounds which statements are read; a
   * stance filter would hide the shifts, so leave it null.
   */
  public List<ObjectNode> narratives(StatementQuery q) {
    return Narratives.of(mapper, statements(q).items());
  }

  /** Articles matching the query, newest ingested first, without their text. */
  public ResultPage articles(ArticleQuery q) {
    Where w = new Where();
    if (q.text() != null) w.textMatch(q.text(), store.backend());
    if (q.from() != null) w.add("a.published >= ?", q.from().toString());
    if (q.to() != null) w.add("a.published <= ?", q.to().toString());
    Where reported = new Where();
    reported.equal("e.type", q.type());
    reported.contains(q.actor(), "e.actor_name", "e.recipient_name");
    reported.contains(q.place(), "e.place_name");
    if (!reported.isEmpty()) {
      w.add("EXISTS (SELECT 1 FROM events e WHERE e.article_pk = a.article_pk AND " + reported.conditions() + ")");
      w.params.addAll(reported.params);
    }
    String from = " FROM articles a" + w.sql();
    return read("listing articles", () -> page(q.limit(), q.offset(), from,
        "SELECT a.article_pk, a.id, a.title, a.source, a.url, a.published, a.lang, "
            + "(SELECT COUNT(*) FROM events e WHERE e.article_pk = a.article_pk), "
            + "(SELECT COUNT(*) FROM statements s WHERE s.article_pk = a.article_pk)" + from
            + " ORDER BY a.article_pk DESC",
        w.params, this::articleRow));
  }

  /** The article stored under this id (the latest version, if its text changed), with its text and extract object. */
  public Optional<ObjectNode> article(String id) {
    return read("reading article " + id, () -> {
      try (PreparedStatement ps = store.connection().prepareStatement("SELECT a.article_pk, a.id, a.title, a.source, "
          + "a.url, a.published, a.lang, a.text, x.json FROM articles a JOIN extractions x ON x.article_pk = a.article_pk "
          + "WHERE a.id = ? ORDER BY a.article_pk DESC LIMIT 1")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return Optional.empty();
          ObjectNode o = articleHead(rs);
          o.put("text", rs.getString(8));
          o.set("extraction", mapper.readTree(rs.getString(9)));
          return Optional.of(o);
        }
      }
    });
  }

  /**
   * One event with its cluster: {@code event} (the listing row), {@code cluster}, {@code reportCount} and up to
   * {@link #MAX_REPORTS} {@code reports}, each with its article (and text), the extracted event and the
   * {@code evidence} spans in that text (trigger, sentence, actors, place, time, and the reporting statement's
   * speaker, cue and content).
   */
  public Optional<ObjectNode> event(long id) {
    return read("reading event " + id, () -> {
      Long cluster;
      try (PreparedStatement ps = store.connection().prepareStatement("SELECT cluster_id FROM events WHERE event_pk = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return Optional.empty();
          long c = rs.getLong(1);
          cluster = rs.wasNull() ? null : c;
        }
      }
      List<Long> members = new ArrayList<>();
      long total = 1;
      if (cluster == null) {
        members.add(id);
      } else {
        total = count(" FROM events WHERE cluster_id = ?", List.of(cluster));
        try (PreparedStatement ps = store.connection().prepareStatement(
            "SELECT event_pk FROM events WHERE cluster_id = ? ORDER BY event_pk LIMIT ?")) {
          ps.setLong(1, cluster);
          ps.setInt(2, MAX_REPORTS);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) members.add(rs.getLong(1));
          }
        }
        if (!members.contains(id)) members.set(members.size() - 1, id);
      }
      ObjectNode out = mapper.createObjectNode();
      out.set("event", eventById(id));
      if (cluster == null) out.putNull("cluster");
      else out.put("cluster", cluster);
      out.put("reportCount", total);
      ArrayNode reports = out.putArray("reports");
      for (long member : members) reports.add(report(member));
      return Optional.of(out);
    });
  }

  /**
   * What the reports of one cluster disagree on: {@code cluster}, {@code type}, {@code reports} (events in it),
   * {@code rivals} (events kept apart that blame other actors or deny it) and {@code disputes}, each a {@code field}
   * (actor, recipient, modality, date, place) with its {@code claims}: a {@code value} and {@code by}, the reports
   * making it (event, article, source, published, speaker, inCluster). Empty when no event has this cluster id.
   */
  public Optional<ObjectNode> claims(long cluster) {
    return read("reading the claims of cluster " + cluster,
        () -> Optional.ofNullable(claims.read(store.connection(), cluster)));
  }

  private ObjectNode eventById(long id) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT " + EVENT_COLUMNS + EVENT_FROM
        + " WHERE e.event_pk = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return eventRow(rs);
      }
    }
  }

  private ObjectNode report(long eventPk) throws SQLException, IOException {
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT e.idx, a.article_pk, a.id, a.title, "
        + "a.source, a.url, a.published, a.lang, a.text, x.json FROM events e JOIN articles a ON a.article_pk = e.article_pk "
        + "JOIN extractions x ON x.article_pk = a.article_pk WHERE e.event_pk = ?")) {
      ps.setLong(1, eventPk);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int idx = rs.getInt(1);
        String text = rs.getString(9);
        JsonNode extraction = mapper.readTree(rs.getString(10));
        ObjectNode article = mapper.createObjectNode();
        article.put("id", rs.getString(3));
        article.put("title", rs.getString(4));
        article.put("source", rs.getString(5));
        article.put("url", rs.getString(6));
        article.put("published", rs.getString(7));
        article.put("lang", rs.getString(8));
        article.put("text", text);
        ObjectNode report = mapper.createObjectNode();
        report.set("event", eventById(eventPk));
        report.set("article", article);
        JsonNode extracted = extraction.path("events").path(idx);
        report.set("extracted", extracted.isMissingNode() ? mapper.nullNode() : extracted);
        report.set("evidence", Evidence.spans(mapper, extracted, extraction.path("statements"), text.length()));
        return report;
      }
    }
  }

  private ObjectNode eventRow(ResultSet rs) throws SQLException {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", rs.getLong(1));
    putLong(o, "cluster", rs, 2);
    ObjectNode article = o.putObject("article");
    article.put("id", rs.getString(3));
    article.put("title", rs.getString(4));
    article.put("published", rs.getString(5));
    o.put("type", rs.getString(6));
    o.put("mode", rs.getString(7));
    o.put("cameo", rs.getString(8));
    putDouble(o, "goldstein", rs, 9);
    if (rs.getString(10) == null) {
      o.putNull("acled");
    } else {
      ObjectNode acled = o.putObject("acled");
      acled.put("eventType", rs.getString(10));
      acled.put("subEventType", rs.getString(11));
    }
    o.put("modality", rs.getString(12));
    party(o, "actor", rs.getString(13), rs.getString(14));
    party(o, "recipient", rs.getString(15), rs.getString(16));
    if (rs.getString(17) == null) {
      o.putNull("place");
    } else {
      ObjectNode place = o.putObject("place");
      place.put("name", rs.getString(17));
      place.put("country", rs.getString(18));
      putDouble(place, "lat", rs, 19);
      putDouble(place, "lon", rs, 20);
    }
    ObjectNode date = o.putObject("date");
    date.put("value", rs.getString(21));
    date.put("start", rs.getString(22));
    date.put("end", rs.getString(23));
    o.put("trigger", rs.getString(24));
    putDouble(o, "confidence", rs, 25);
    return o;
  }

  private static void party(ObjectNode o, String field, String name, String country) {
    if (name == null && country == null) {
      o.putNull(field);
      return;
    }
    ObjectNode p = o.putObject(field);
    p.put("name", name);
    p.put("country", country);
  }

  private ObjectNode statementRow(ResultSet rs) throws SQLException {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", rs.getLong(1));
    ObjectNode article = o.putObject("article");
    article.put("id", rs.getString(2));
    article.put("title", rs.getString(3));
    article.put("published", rs.getString(4));
    o.put("stance", rs.getString(5));
    int direct = rs.getInt(6);
    if (rs.wasNull()) o.putNull("direct");
    else o.put("direct", direct == 1);
    ObjectNode speaker = o.putObject("speaker");
    speaker.put("name", rs.getString(7));
    speaker.put("country", rs.getString(8));
    speaker.put("sector", rs.getString(9));
    o.put("cue", rs.getString(10));
    o.put("content", rs.getString(11));
    o.put("medium", rs.getString(12));
    party(o, "target", rs.getString(13), rs.getString(14));
    return o;
  }

  private ObjectNode articleRow(ResultSet rs) throws SQLException {
    ObjectNode o = articleHead(rs);
    o.put("events", rs.getLong(8));
    o.put("statements", rs.getLong(9));
    return o;
  }

  /** Columns 2-7: id, title, source, url, published, lang. */
  private ObjectNode articleHead(ResultSet rs) throws SQLException {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", rs.getString(2));
    o.put("title", rs.getString(3));
    o.put("source", rs.getString(4));
    o.put("url", rs.getString(5));
    o.put("published", rs.getString(6));
    o.put("lang", rs.getString(7));
    return o;
  }

  private static void putDouble(ObjectNode o, String field, ResultSet rs, int col) throws SQLException {
    double v = rs.getDouble(col);
    if (rs.wasNull()) o.putNull(field);
    else o.put(field, v);
  }

  private static void putLong(ObjectNode o, String field, ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    if (rs.wasNull()) o.putNull(field);
    else o.put(field, v);
  }

  private interface RowReader {
    ObjectNode read(ResultSet rs) throws SQLException;
  }

  private ResultPage page(int limit, int offset, String from, String select, List<Object> params, RowReader rows)
      throws SQLException {
    long total = count(from, params);
    List<ObjectNode> items = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(select + " LIMIT ? OFFSET ?")) {
      int i = bind(ps, params);
      ps.setInt(i++, limit);
      ps.setInt(i, offset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) items.add(rows.read(rs));
      }
    }
    return new ResultPage(total, limit, offset, items);
  }

  private long count(String from, List<Object> params) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT COUNT(*)" + from)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
    int i = 1;
    for (Object p : params) {
      if (p instanceof Long n) ps.setLong(i++, n);
      else ps.setString(i++, (String) p);
    }
    return i;
  }

  private interface Work<T> {
    T run() throws SQLException, IOException;
  }

  /** Runs a read on the shared connection and ends its transaction, so a SQLite reader never pins an old snapshot. */
  private <T> T read(String what, Work<T> work) {
    synchronized (store) {
      try {
        T result = work.run();
        store.connection().commit();
        return result;
      } catch (SQLException | IOException e) {
        store.rollback();
        throw store.failure(what, e);
      }
    }
  }
}
