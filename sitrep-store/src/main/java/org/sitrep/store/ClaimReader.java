package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the reports of one event cluster disagree on, kept side by side with who says what. The reports are the
 * cluster's events plus its rivals: events of the same type, dated and placed as the cluster, that the clusterer kept
 * apart because they blame other actors or, for an asserted or negated cluster, say the opposite ("denied that its
 * forces shelled..."). Disputed fields: actor and recipient countries of conflictual events (two reports naming
 * disjoint sets, unless they tell one bilateral event from either side), modality, date (values whose day ranges do not overlap), and place (different names of places finer than a region: "Ukraine"
 * does not contradict "Kharkiv"). Only reports in different articles dispute each other; a field no report fills, or
 * one report alone fills, is no dispute. Computed on read.
 */
final class ClaimReader {
  /** Modalities that answer each other: one report asserts what another denies. */
  private static final Set<String> OPPOSED = Set.of("asserted", "negated");

  private static final String COLUMNS = Clusterer.EVENT_COLUMNS + ", a.id, a.source, a.published, s.speaker_name, "
      + "e.place_name, e.date_value, e.goldstein";
  private static final String FROM = " FROM events e JOIN articles a ON a.article_pk = e.article_pk "
      + "LEFT JOIN statements s ON s.article_pk = e.article_pk AND s.idx = e.reported_by";

  private final Clusterer clusterer;
  private final ObjectMapper mapper;

  ClaimReader(ClusterRule rule, ObjectMapper mapper) {
    this.clusterer = new Clusterer(rule);
    this.mapper = mapper;
  }

  /** One report: the event as clustering sees it, where it was published and who, if anyone, said it. */
  private record Report(Clusterer.Ev event, String article, String source, String published, String speaker,
      String placeName, String dateValue, Double goldstein, boolean member) {}

  /** The cluster's claims, or null when no event carries this cluster id. */
  ObjectNode read(Connection conn, long cluster) throws SQLException {
    List<Report> reports = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + FROM
        + " WHERE e.cluster_id = ? ORDER BY e.event_pk")) {
      ps.setLong(1, cluster);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) reports.add(report(rs, true));
      }
    }
    if (reports.isEmpty()) return null;
    int members = reports.size();
    reports.addAll(rivals(conn, cluster, reports));
    ObjectNode out = mapper.createObjectNode();
    out.put("cluster", cluster);
    out.put("type", reports.get(0).event().type());
    out.put("reports", members);
    out.put("rivals", reports.size() - members);
    ArrayNode disputes = out.putArray("disputes");
    dispute(disputes, "actor", reports, r -> countries(r.event().actors()), ClaimReader::blameApart);
    dispute(disputes, "recipient", reports, r -> countries(r.event().recipients()),
        (a, b) -> blameApart(swapped(a), swapped(b)));
    dispute(disputes, "modality", reports, r -> r.event().modality(), (a, b) -> true);
    dispute(disputes, "date", reports, Report::dateValue, (a, b) -> apartInTime(a.dateValue(), b.dateValue()));
    dispute(disputes, "place", reports, r -> Clusterer.level(r.event()) == 2 ? r.placeName() : null, (a, b) -> true);
    return out;
  }

  /** Events outside the cluster, of its type and an answering modality, at its time and place. */
  private List<Report> rivals(Connection conn, long cluster, List<Report> members) throws SQLException {
    Clusterer.Ev first = members.get(0).event();
    LocalDate start = null;
    LocalDate end = null;
    for (Report r : members) {
      Clusterer.Ev e = r.event();
      if (e.start() == null) continue;
      if (start == null || e.start().isBefore(start)) start = e.start();
      if (end == null || e.end().isAfter(end)) end = e.end();
    }
    if (start == null) return List.of();
    List<String> modalities = OPPOSED.contains(first.modality()) ? List.copyOf(OPPOSED) : List.of(first.modality());
    List<Report> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE e.type = ? "
        + "AND e.modality IN (?, ?) AND (e.cluster_id IS NULL OR e.cluster_id <> ?) AND e.date_start <= ? "
        + "AND e.date_end >= ? ORDER BY e.event_pk")) {
      ps.setString(1, first.type());
      ps.setString(2, modalities.get(0));
      ps.setString(3, modalities.get(modalities.size() - 1));
      ps.setLong(4, cluster);
      ps.setString(5, end.plusDays(clusterer.days()).toString());
      ps.setString(6, start.minusDays(clusterer.days()).toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Report candidate = report(rs, false);
          for (Report m : members) {
            if (clusterer.samePlaceAndTime(m.event(), candidate.event())) {
              out.add(candidate);
              break;
            }
          }
        }
      }
    }
    return out;
  }

  private static Report report(ResultSet rs, boolean member) throws SQLException {
    int c = Clusterer.EVENT_COLUMN_COUNT;
    double goldstein = rs.getDouble(c + 7);
    Double g = rs.wasNull() ? null : goldstein;
    return new Report(Clusterer.event(rs, 1), rs.getString(c + 1), rs.getString(c + 2), rs.getString(c + 3),
        rs.getString(c + 4), rs.getString(c + 5), rs.getString(c + 6), g, member);
  }

  /** Whether two reports with different values of the field contradict each other. */
  private interface Clash {
    boolean between(Report a, Report b);
  }

  /**
   * Groups the reports by their value of one field (reports without one are left out) and adds a dispute when two
   * of the values clash: each claim with the reports that make it, in the order first made.
   */
  private void dispute(ArrayNode disputes, String field, List<Report> reports, Function<Report, String> value,
      Clash clash) {
    Map<String, List<Report>> byValue = new LinkedHashMap<>();
    for (Report r : reports) {
      String v = value.apply(r);
      if (v != null && !v.isEmpty()) byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
    }
    if (!clashes(new ArrayList<>(byValue.values()), clash)) return;
    ObjectNode d = disputes.addObject();
    d.put("field", field);
    ArrayNode claims = d.putArray("claims");
    for (Map.Entry<String, List<Report>> c : byValue.entrySet()) {
      ObjectNode claim = claims.addObject();
      claim.put("value", c.getKey());
      ArrayNode by = claim.putArray("by");
      for (Report r : c.getValue()) {
        ObjectNode o = by.addObject();
        o.put("event", r.event().pk());
        o.put("article", r.article());
        o.put("source", r.source());
        o.put("published", r.published());
        o.put("speaker", r.speaker());
        o.put("inCluster", r.member());
      }
    }
  }

  /** Two reports in two claims clash; one article contradicting itself (two events) is not a dispute between reports. */
  private static boolean clashes(List<List<Report>> claims, Clash clash) {
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        for (Report a : claims.get(i)) {
          for (Report b : claims.get(j)) if (!a.article().equals(b.article()) && clash.between(a, b)) return true;
        }
      }
    }
    return false;
  }

  private static String countries(Set<String> codes) {
    return codes.isEmpty() ? null : String.join(" ", new TreeSet<>(codes));
  }

  /**
   * The reports name different sides as the actor: "RUS" and "RUS UKR" share a country (one report is more complete),
   * "RUS" and "UKR" blame different sides, unless each names the other's actor as recipient: talks "between Russia and
   * Ukraine" told from either side are one event, not a dispute. Only for conflictual events (negative Goldstein
   * score), where the actor is the one to blame; cooperative ones (talks, aid) name partners, and partners add up.
   */
  private static boolean blameApart(Report a, Report b) {
    if (!conflictual(a) || !conflictual(b)) return false;
    Set<String> x = a.event().actors();
    Set<String> y = b.event().actors();
    if (x.isEmpty() || y.isEmpty() || meet(x, y)) return false;
    return !(meet(x, b.event().recipients()) && meet(y, a.event().recipients()));
  }

  private static boolean conflictual(Report r) { return r.goldstein() != null && r.goldstein() < 0; }

  private static boolean meet(Set<String> a, Set<String> b) {
    for (String c : a) if (b.contains(c)) return true;
    return false;
  }

  /** The report with actors and recipients exchanged, to ask about recipients what {@link #blameApart} asks of actors. */
  private static Report swapped(Report r) {
    Clusterer.Ev e = r.event();
    return new Report(new Clusterer.Ev(e.pk(), e.type(), e.modality(), e.start(), e.end(), e.lat(), e.lon(), e.country(),
        e.admin1(), e.featureCode(), e.recipients(), e.actors(), e.cluster(), e.cameo()), r.article(), r.source(), r.published(),
        r.speaker(), r.placeName(), r.dateValue(), r.goldstein(), r.member());
  }

  /** "2023-06" holds "2023-06-03": a vaguer report, not another date. Unparseable values are not compared. */
  private static boolean apartInTime(String a, String b) {
    DateRange x = DateRange.parse(a);
    DateRange y = DateRange.parse(b);
    return x != null && y != null && (x.end().isBefore(y.start()) || y.end().isBefore(x.start()));
  }
}
