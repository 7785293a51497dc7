package org.sitrep.core.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.geo.Gazetteer.Candidate;
import org.sitrep.core.geo.GazetteerEntry.Kind;

/**
 * What the article's other names could mean, before any is resolved: the counties, first-level regions and countries
 * their readings lie in. Each name votes with a total weight of one, shared among its readings by how likely each is
 * alone (a reading ten times as populous weighs ten times as much): "Rapides Parish" votes fully for Louisiana,
 * "London" almost only for England, and an article of unambiguous Ukrainian names gives Ukraine a strong prior. A
 * county gets a vote from every name that could be it ("Madison County") or that likely lies in it. Built per article;
 * {@link Builder#without} leaves out the name being resolved, which never votes for itself.
 */
final class Support {
  static final Support NONE = new Support(Map.of(), Map.of(), Map.of(), null);

  private final Map<String, Double> regions;
  private final Map<String, Double> countries;
  private final Map<String, Integer> districts;
  /** The name left out: its votes are subtracted from the article's totals when read. */
  private final Readings own;

  private Support(Map<String, Double> regions, Map<String, Double> countries, Map<String, Integer> districts, Readings own) {
    this.regions = regions;
    this.countries = countries;
    this.districts = districts;
    this.own = own;
  }

  /** How many other names could lie in (or be) this entry's county. */
  int inDistrict(GazetteerEntry e) {
    if (e.admin2Code() == null) return 0;
    int n = districts.getOrDefault(e.admin2Code(), 0);
    return own != null && own.districts.contains(e.admin2Code()) ? n - 1 : n;
  }

  double region(String admin1) {
    if (admin1 == null) return 0;
    return regions.getOrDefault(admin1, 0.0) - (own == null ? 0 : own.regions.getOrDefault(admin1, 0.0));
  }

  double country(String cc) {
    if (cc == null) return 0;
    return countries.getOrDefault(cc, 0.0) - (own == null ? 0 : own.countries.getOrDefault(cc, 0.0));
  }

  /** Collects the readings of each distinct name once and sums their votes. */
  static final class Builder {
    private final Map<String, Readings> byName = new HashMap<>();
    private final Map<String, Double> regions = new HashMap<>(), countries = new HashMap<>();
    private final Map<String, Integer> districts = new HashMap<>();

    /** Whether the name's readings were added already. */
    boolean has(String key) { return byName.containsKey(key); }

    /** The readings of a name and each one's score alone ({@code scores[i]} for {@code candidates.get(i)}). */
    void add(String key, List<Candidate> candidates, double[] scores) {
      if (byName.containsKey(key)) return;
      Readings r = Readings.of(candidates, scores);
      byName.put(key, r);
      r.regions.forEach((a, w) -> regions.merge(a, w, Double::sum));
      r.countries.forEach((c, w) -> countries.merge(c, w, Double::sum));
      for (String d : r.districts) districts.merge(d, 1, Integer::sum);
    }

    /** The votes of every name but this one. */
    Support without(String key) {
      return new Support(regions, countries, districts, byName.get(key));
    }
  }

  private record Readings(Map<String, Double> regions, Map<String, Double> countries, Set<String> districts) {
    /** A county reading counts when it is the county itself or at least this likely. */
    private static final double LIKELY = 0.3;

    /** Main-name readings only: alternate names (old, foreign) would make every name ambiguous. */
    static Readings of(List<Candidate> candidates, double[] scores) {
      double max = Double.NEGATIVE_INFINITY, total = 0;
      for (int i = 0; i < scores.length; i++) if (candidates.get(i).match() != Gazetteer.MatchType.ALTERNATE) max = Math.max(max, scores[i]);
      double[] w = new double[scores.length];
      for (int i = 0; i < scores.length; i++) {
        if (candidates.get(i).match() == Gazetteer.MatchType.ALTERNATE) continue;
        // Scores are in powers of ten of population, so the weights are proportional to 10^score.
        w[i] = Math.pow(10, scores[i] - max);
        total += w[i];
      }
      Map<String, Double> regions = new HashMap<>(), countries = new HashMap<>();
      Set<String> districts = new HashSet<>();
      for (int i = 0; i < w.length; i++) {
        if (w[i] == 0) continue;
        double p = w[i] / total;
        GazetteerEntry e = candidates.get(i).entry();
        if (e.country() != null) countries.merge(e.country(), p, Double::sum);
        if (e.admin1Code() != null && e.kind() != Kind.COUNTRY) regions.merge(e.admin1Code(), 1.0, Double::sum);
        if (e.admin2Code() != null) districts.add(e.admin2Code());
      }
      regions.replaceAll((k, v) -> 1.0 / regions.size());
      return new Readings(regions, countries, districts);
    }
  }
}
