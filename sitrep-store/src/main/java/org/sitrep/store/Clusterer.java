package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links events reported by different articles into cross-article clusters by {@link ClusterRule}, and stores each
 * event's cluster id (the smallest event key in its cluster, so ids stay put as articles are added) and one row per
 * cluster. Every event gets a cluster, alone if nothing matches; an event with no date or no place stays alone.
 * Matching is transitive (single link): A near B and B near C puts all three together.
 */
public final class Clusterer {
  private final ClusterRule rule;

  public Clusterer(ClusterRule rule) { this.rule = rule; }

  /** The columns of {@code events} (alias e) that {@link #event} reads, in its order. */
  static final String EVENT_COLUMNS = "e.event_pk, e.type, e.modality, e.date_start, e.date_end, e.lat, e.lon, "
      + "e.place_country, e.place_admin1, e.place_feature_code, e.actor_countries, e.recipient_countries, e.cluster_id";

  /** One event as clustering sees it. */
  record Ev(long pk, String type, String modality, LocalDate start, LocalDate end, Double lat, Double lon,
      String country, String admin1, String featureCode, Set<String> actors, Set<String> recipients, Long cluster) {}

  /** Recomputes every event's cluster; returns the number of clusters. */
  public long recluster(Store store) {
    synchronized (store) {
      Connection conn = store.connection();
      try {
        List<Ev> events = load(conn);
        long[] cluster = new long[events.size()];
        int[] root = new int[events.size()];
        for (int i = 0; i < root.length; i++) root[i] = i;
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
          Ev e = events.get(i);
          if (e.start() == null || !located(e) || vague(e)) continue;
          groups.computeIfAbsent(e.type() + "\u0000" + e.modality(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> g : groups.values()) link(events, g, root);
        Map<Integer, Long> clusterOf = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
          int r = find(root, i);
          clusterOf.merge(r, events.get(i).pk(), Math::min);
        }
        for (int i = 0; i < events.size(); i++) cluster[i] = clusterOf.get(find(root, i));
        write(conn, events, cluster);
        conn.commit();
        return clusterOf.size();
      } catch (SQLException e) {
        store.rollback();
        throw store.failure("clustering events", e);
      }
    }
  }

  /** Sweeps a group sorted by start date, comparing each event only with those that start within reach. */
  private void link(List<Ev> events, List<Integer> group, int[] root) {
    group.sort(Comparator.comparing(i -> events.get(i).start()));
    for (int a = 0; a < group.size(); a++) {
      Ev x = events.get(group.get(a));
      LocalDate reach = x.end().plusDays(rule.days());
      for (int b = a + 1; b < group.size(); b++) {
        Ev y = events.get(group.get(b));
        if (y.start().isAfter(reach)) break;
        if (near(x, y)) union(root, group.get(a), group.get(b));
      }
    }
  }

  /**
   * Whether two events, whatever their modality and actors, are dated and placed as one happening: both dated
   * precisely enough, dates within reach, same place. How the store finds a denial of a clustered event, or a report
   * blaming someone else for it.
   */
  boolean samePlaceAndTime(Ev x, Ev y) {
    if (x.start() == null || y.start() == null || !located(x) || !located(y)) return false;
    if (vague(x) || vague(y)) return false;
    return !y.start().isAfter(x.end().plusDays(rule.days())) && !x.start().isAfter(y.end().plusDays(rule.days()))
        && samePlace(x, y);
  }

  int days() { return rule.days(); }

  private boolean vague(Ev e) { return e.end().toEpochDay() - e.start().toEpochDay() >= rule.maxSpanDays(); }

  private boolean near(Ev x, Ev y) {
    return samePlace(x, y) && compatible(x.actors(), y.actors()) && compatible(x.recipients(), y.recipients());
  }

  private static boolean located(Ev e) { return e.country() != null || e.lat() != null; }

  /** A country-level or region-level place matches any place in that country or region; others by distance. */
  private boolean samePlace(Ev x, Ev y) {
    if (level(x) == 0 || level(y) == 0) return x.country() != null && x.country().equals(y.country());
    if (level(x) == 1 || level(y) == 1) {
      return x.country() != null && x.country().equals(y.country()) && x.admin1() != null && x.admin1().equals(y.admin1());
    }
    return kilometres(x.lat(), x.lon(), y.lat(), y.lon()) <= rule.km();
  }

  /** 0 a country, 1 a first-level region, 2 anything finer (with coordinates). */
  static int level(Ev e) {
    String f = e.featureCode();
    if (e.lat() == null || (f != null && f.startsWith("PCL"))) return 0;
    if (f != null && f.equals("ADM1")) return 1;
    return 2;
  }

  /** Actors clash only when both sides name countries and share none. */
  private static boolean compatible(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return true;
    for (String c : a) if (b.contains(c)) return true;
    return false;
  }

  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }

  private static void union(int[] root, int a, int b) {
    int ra = find(root, a);
    int rb = find(root, b);
    if (ra != rb) root[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private static List<Ev> load(Connection conn) throws SQLException {
    List<Ev> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events e ORDER BY e.event_pk");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(event(rs, 1));
    }
    return out;
  }

  /** The event in the row, its {@link #EVENT_COLUMNS} starting at column {@code first}. */
  static Ev event(ResultSet rs, int first) throws SQLException {
    int c = first - 1;
    String start = rs.getString(c + 4);
    String end = rs.getString(c + 5);
    double lat = rs.getDouble(c + 6);
    boolean noLat = rs.wasNull();
    double lon = rs.getDouble(c + 7);
    boolean noLon = rs.wasNull();
    long cluster = rs.getLong(c + 13);
    Long clusterOrNull = rs.wasNull() ? null : cluster;
    return new Ev(rs.getLong(c + 1), rs.getString(c + 2), rs.getString(c + 3), start == null ? null : LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end), noLat || noLon ? null : lat, noLat || noLon ? null : lon,
        rs.getString(c + 8), rs.getString(c + 9), rs.getString(c + 10), countries(rs.getString(c + 11)),
        countries(rs.getString(c + 12)), clusterOrNull);
  }

  private static Set<String> countries(String s) {
    return s == null || s.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(s.split(" ")));
  }

  /** Updates changed cluster ids and rewrites the clusters table. */
  private static void write(Connection conn, List<Ev> events, long[] cluster) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET cluster_id = ? WHERE event_pk = ?")) {
      int batched = 0;
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).cluster() != null && events.get(i).cluster() == cluster[i]) continue;
        ps.setLong(1, cluster[i]);
        ps.setLong(2, events.get(i).pk());
        ps.addBatch();
        if (++batched % 1000 == 0) ps.executeBatch();
      }
      ps.executeBatch();
    }
    Map<Long, List<Ev>> members = new HashMap<>();
    for (int i = 0; i < events.size(); i++) members.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(events.get(i));
    try (PreparedStatement del = conn.prepareStatement("DELETE FROM clusters")) {
      del.executeUpdate();
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO clusters (cluster_id, type, date_start, date_end, "
        + "lat, lon, country, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Long, List<Ev>> c : members.entrySet()) {
        List<Ev> m = c.getValue();
        LocalDate start = null;
        LocalDate end = null;
        double lat = 0;
        double lon = 0;
        int located = 0;
        String country = null;
        for (Ev e : m) {
          if (e.start() != null && (start == null || e.start().isBefore(start))) start = e.start();
          if (e.end() != null && (end == null || e.end().isAfter(end))) end = e.end();
          if (e.lat() != null) {
            lat += e.lat();
            lon += e.lon();
            located++;
          }
          if (country == null) country = e.country();
        }
        ps.setLong(1, c.getKey());
        ps.setString(2, m.get(0).type());
        ps.setString(3, start == null ? null : start.toString());
        ps.setString(4, end == null ? null : end.toString());
        if (located == 0) {
          ps.setNull(5, Types.DOUBLE);
          ps.setNull(6, Types.DOUBLE);
        } else {
          ps.setDouble(5, lat / located);
          ps.setDouble(6, lon / located);
        }
        ps.setString(7, country);
        ps.setInt(8, m.size());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
