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
import java.util.Objects;
import java.util.Set;

/**
 * Links events reported by different articles (or twice in one) into cross-article clusters by {@link ClusterRule},
 * and stores each event's cluster id (the smallest event key in its cluster, so ids stay put as articles are added)
 * and one row per cluster. Every event gets a cluster, alone if nothing matches; an event with no date, or a date
 * vaguer than the rule allows, stays alone. Matching is transitive (single link): A near B and B near C puts all
 * three together, which is why the rule asks for a tie (place, actors or names; names alone for talk: meetings,
 * calls, statements) and not only for no clash.
 */
public final class Clusterer {
  private final ClusterRule rule;

  public Clusterer(ClusterRule rule) { this.rule = rule; }

  /** The columns of {@code events} (alias e) that {@link #event} reads, in its order. */
  static final String EVENT_COLUMNS = "e.event_pk, e.type, e.modality, e.date_start, e.date_end, e.lat, e.lon, "
      + "e.place_country, e.place_admin1, e.place_feature_code, e.actor_countries, e.recipient_countries, e.cluster_id, "
      + "e.cameo";

  /** How many columns {@link #EVENT_COLUMNS} lists: a query that selects more reads them from the next column on. */
  static final int EVENT_COLUMN_COUNT = 14;

  /** One event as clustering sees it. */
  record Ev(long pk, String type, String modality, LocalDate start, LocalDate end, Double lat, Double lon,
      String country, String admin1, String featureCode, Set<String> actors, Set<String> recipients, Long cluster,
      String cameo) {
    /**
     * Whether the event is talk rather than action: CAMEO roots 01-05 (verbal cooperation: statements, appeals,
     * consultations, agreements) and 09-13 (verbal conflict: demands, accusations, rejections, threats), GDELT's quad
     * classes 1 and 3. Meetings and calls happen where leaders sit, many a day in one capital: who takes part tells
     * one from another, not where.
     */
    boolean verbal() {
      if (cameo == null || cameo.length() < 2 || !Character.isDigit(cameo.charAt(0)) || !Character.isDigit(cameo.charAt(1))) {
        return false;
      }
      int root = Integer.parseInt(cameo.substring(0, 2));
      return (root >= 1 && root <= 5) || (root >= 9 && root <= 13);
    }

    /**
     * How the parties met, when the CAMEO code says: 041 is a call (by telephone or video); 040 (which the
     * extractor gives "meet", "meeting" and "summit"), 042 and 043 (a visit made or hosted) and 044 (a meeting at a
     * third place) are meetings in person. Null for anything else, which may have been either.
     */
    String contact() {
      if (cameo == null) return null;
      return switch (cameo) {
        case "041" -> "call";
        case "040", "042", "043", "044" -> "in person";
        default -> null;
      };
    }
  }

  /**
   * What linking reads beyond {@link Ev}: the days the event may have happened (its dates, reaching back by the
   * rule's lag when the date is the article's publication date) and its names as a unit-length TF-IDF vector.
   */
  private record Report(Ev ev, LocalDate from, LocalDate to, boolean stated, Map<String, Double> names) {}

  /** An announcement ("will hold talks") and the report of it ("held talks") are one event. */
  private static final Set<String> REALIS = Set.of("asserted", "future");

  /** Recomputes every event's cluster; returns the number of clusters. */
  public long recluster(Store store) {
    synchronized (store) {
      Connection conn = store.connection();
      try {
        Loaded loaded = load(conn);
        List<Ev> events = loaded.events();
        List<Report> reports = loaded.reports();
        long[] cluster = new long[events.size()];
        int[] root = new int[events.size()];
        for (int i = 0; i < root.length; i++) root[i] = i;
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
          Report r = reports.get(i);
          if (r.from() == null || vague(r.ev())) continue;
          groups.computeIfAbsent(r.ev().type(), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (List<Integer> g : groups.values()) link(reports, g, root, members, loaded.vocabulary());
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

  /**
   * Sweeps a group (one type) sorted by earliest day, comparing each report only with those within reach. Two
   * matching reports join their clusters unless that would put two reports that {@link #apart} into one: single
   * link must not chain a meeting in one city through a vaguer report into a meeting elsewhere or days later.
   * {@code members} holds the reports of each cluster of more than one, by its root.
   */
  private void link(List<Report> reports, List<Integer> group, int[] root, Map<Integer, List<Integer>> members,
      Vocabulary v) {
    group.sort(Comparator.comparing(i -> reports.get(i).from()));
    for (int a = 0; a < group.size(); a++) {
      Report x = reports.get(group.get(a));
      LocalDate reach = x.to().plusDays(rule.days());
      for (int b = a + 1; b < group.size(); b++) {
        Report y = reports.get(group.get(b));
        if (y.from().isAfter(reach)) break;
        int ra = find(root, group.get(a));
        int rb = find(root, group.get(b));
        if (ra == rb || !same(x, y, v)) continue;
        List<Integer> ma = members.getOrDefault(ra, List.of(ra));
        List<Integer> mb = members.getOrDefault(rb, List.of(rb));
        if (anyApart(reports, ma, mb)) continue;
        List<Integer> joined = new ArrayList<>(ma.size() + mb.size());
        joined.addAll(ma);
        joined.addAll(mb);
        members.remove(ra);
        members.remove(rb);
        union(root, ra, rb);
        members.put(find(root, ra), joined);
      }
    }
  }

  private boolean anyApart(List<Report> reports, List<Integer> a, List<Integer> b) {
    for (int i : a) for (int j : b) if (apart(reports.get(i), reports.get(j))) return true;
    return false;
  }

  /**
   * Two reports that cannot tell one event, whatever links them: a call and a meeting in person, both at precise
   * places farther apart than the rule's distance, or both with stated dates more than the rule's days apart.
   */
  private boolean apart(Report x, Report y) {
    Ev a = x.ev();
    Ev b = y.ev();
    if (otherContact(a, b)) return true;
    if (level(a) == 2 && level(b) == 2 && kilometres(a.lat(), a.lon(), b.lat(), b.lon()) > rule.km()) return true;
    return x.stated() && y.stated()
        && (y.from().isAfter(x.to().plusDays(rule.days())) || x.from().isAfter(y.to().plusDays(rule.days())));
  }

  /**
   * A call and a meeting in person (a visit, then the next day's call with the same leader) are two contacts, not two
   * reports of one, even when "talks" with no medium named matches both.
   */
  private static boolean otherContact(Ev a, Ev b) {
    return a.contact() != null && b.contact() != null && !a.contact().equals(b.contact());
  }

  /** Whether two reports of one type tell one event: {@link ClusterRule}. */
  private boolean same(Report x, Report y, Vocabulary v) {
    Ev a = x.ev();
    Ev b = y.ev();
    if (!Objects.equals(a.modality(), b.modality()) && !(REALIS.contains(a.modality()) && REALIS.contains(b.modality()))) {
      return false;
    }
    if (otherContact(a, b)) return false;
    boolean placed = located(a) && located(b);
    // Talk placed in a country mostly took the country from a title or an adjective ("the President of Russia",
    // "Russian-Ukrainian talks", "developments in Ukraine"), not from where the parties sat: it does not clash.
    boolean talk = a.verbal() || b.verbal();
    if (placed && !samePlace(a, b) && !(talk && (level(a) == 0 || level(b) == 0))) return false;
    if (!compatible(a.actors(), b.actors()) || !compatible(a.recipients(), b.recipients())) return false;
    boolean nearby = placed && level(a) == 2 && level(b) == 2;
    boolean sharedActor = meet(a.actors(), b.actors());
    // Publication dates already reach back by the lag; stated dates may be a day apart only at one spot, same side.
    long gap = x.stated() && y.stated() && nearby && sharedActor ? rule.days() : 0;
    if (y.from().isAfter(x.to().plusDays(gap)) || x.from().isAfter(y.to().plusDays(gap))) return false;
    // Talk is told apart by who talks: a place or a country in common ties only actions (a shelling, a strike).
    if (a.verbal() || b.verbal()) return namesAlike(x, y, v);
    return nearby || (placed && sharedActor) || namesAlike(x, y, v);
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
    return a.isEmpty() || b.isEmpty() || meet(a, b);
  }

  private static boolean meet(Set<String> a, Set<String> b) {
    for (String c : a) if (b.contains(c)) return true;
    return false;
  }

  /**
   * Names alike enough, and one of the shared names rare in the store: two sentences that name only the president
   * who signs every release are alike by cosine, and say nothing of which event they tell.
   */
  private boolean namesAlike(Report x, Report y, Vocabulary v) {
    if (cosine(x.names(), y.names()) < rule.minNameSimilarity()) return false;
    double rare = Math.max(2, rule.maxNameShare() * v.events());
    for (String w : x.names().keySet()) {
      if (y.names().containsKey(w) && v.df().get(w) <= rare) return true;
    }
    return false;
  }

  /** How many events carry each name word, out of how many. */
  private record Vocabulary(Map<String, Integer> df, int events) {}

  /** The store's events in key order, what linking reads of each, and their names' document frequencies. */
  private record Loaded(List<Ev> events, List<Report> reports, Vocabulary vocabulary) {}

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) return cosine(b, a);
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) dot += e.getValue() * w;
    }
    return dot;
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

  /**
   * Every event in key order, and what linking reads of each. Name weights are TF-IDF over the
   * store's events: a name most events carry (the president who signs every release) weighs little.
   */
  private Loaded load(Connection conn) throws SQLException {
    List<Ev> events = new ArrayList<>();
    List<Boolean> stated = new ArrayList<>();
    List<Map<String, Integer>> counts = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT " + EVENT_COLUMNS + ", e.date_value, e.names "
        + "FROM events e ORDER BY e.event_pk");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        events.add(event(rs, 1));
        stated.add(rs.getString(EVENT_COLUMN_COUNT + 1) != null);
        Map<String, Integer> c = new HashMap<>();
        String names = rs.getString(EVENT_COLUMN_COUNT + 2);
        if (names != null) for (String w : names.split(" ")) if (!w.isEmpty()) c.merge(w, 1, Integer::sum);
        counts.add(c);
      }
    }
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Integer> c : counts) for (String w : c.keySet()) df.merge(w, 1, Integer::sum);
    Vocabulary vocabulary = new Vocabulary(df, events.size());
    List<Report> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Ev e = events.get(i);
      boolean s = stated.get(i);
      LocalDate from = e.start() == null ? null : s ? e.start() : e.start().minusDays(rule.days());
      out.add(new Report(e, from, e.end(), s, weights(counts.get(i), df, events.size())));
    }
    return new Loaded(events, out, vocabulary);
  }

  /** (1 + ln tf) * ln(N / df), scaled to unit length. */
  private static Map<String, Double> weights(Map<String, Integer> counts, Map<String, Integer> df, int n) {
    Map<String, Double> w = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      double v = (1 + Math.log(c.getValue())) * Math.log((double) n / df.get(c.getKey()));
      if (v <= 0) continue;
      w.put(c.getKey(), v);
      norm += v * v;
    }
    if (norm == 0) return Map.of();
    double len = Math.sqrt(norm);
    w.replaceAll((k, v) -> v / len);
    return w;
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
        countries(rs.getString(c + 12)), clusterOrNull, rs.getString(c + 14));
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
