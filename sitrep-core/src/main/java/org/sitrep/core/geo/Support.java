package org.sitrep.core.geo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.core.geo.GazetteerEntry.Kind;

/**
 * What the article's other names could mean, before any is resolved: the counties, first-level regions and countries
 * their readings lie in. Each name votes with a total weight of one, shared among its readings by how likely each is
 * alone (a reading ten times as populous weighs ten times as much): "Rapides Parish" votes fully for Louisiana,
 * "London" almost only for England, and an article of unambiguous Ukrainian names gives Ukraine a strong prior. A
 * county gets a vote from every name that could be it ("Madison County") or that likely lies in it. Built per article
 * over its {@link CodeIds}; {@link #without} leaves out the name being resolved, which never votes for itself.
 */
final class Support {
  static final Support NONE = new Support(new double[0], new double[0], new int[0], null);

  private final double[] regions;
  private final double[] countries;
  private final int[] districts;
  /** The name left out: its votes are subtracted from the article's totals when read. */
  private final Readings own;

  private Support(double[] regions, double[] countries, int[] districts, Readings own) {
    this.regions = regions;
    this.countries = countries;
    this.districts = districts;
    this.own = own;
  }

  /** How many other names could lie in (or be) the county with this id (-1: none). */
  int inDistrict(int district) {
    if (district < 0 || district >= districts.length) return 0;
    int n = districts[district];
    return own != null && own.hasDistrict(district) ? n - 1 : n;
  }

  double region(int region) {
    if (region < 0) return 0;
    double all = region < regions.length ? regions[region] : 0.0;
    return all - (own == null ? 0 : own.region(region));
  }

  double country(int country) {
    if (country < 0) return 0;
    double all = country < countries.length ? countries[country] : 0.0;
    return all - (own == null ? 0 : own.country(country));
  }

  /** Collects the readings of each distinct name once and sums their votes. */
  static final class Builder {
    private final Map<String, Readings> byName = new LinkedHashMap<>();

    /** Whether the name's readings were added already. */
    boolean has(String key) { return byName.containsKey(key); }

    /** The readings of a name, each scored alone by its prior. */
    void add(String key, CandidateFeatures candidates) {
      byName.putIfAbsent(key, Readings.of(candidates));
    }

    /** The article's totals over {@code ids}; {@link Totals#without} gives each name's view. */
    Totals build(CodeIds ids) {
      double[] regions = new double[ids.regions()], countries = new double[ids.countries()];
      int[] districts = new int[ids.districts()];
      // Names add their votes in the order they were first read, so each total is the same sum however it is stored.
      for (Readings r : byName.values()) {
        for (int i = 0; i < r.regionIds.length; i++) regions[r.regionIds[i]] += r.regionWeight;
        for (int i = 0; i < r.countryIds.length; i++) countries[r.countryIds[i]] += r.countryWeights[i];
        for (int d : r.districtIds) districts[d]++;
      }
      return new Totals(regions, countries, districts, Map.copyOf(byName));
    }
  }

  /** The votes of every name of an article. */
  record Totals(double[] regions, double[] countries, int[] districts, Map<String, Readings> byName) {
    /** The votes of every name but this one. */
    Support without(String key) { return new Support(regions, countries, districts, byName.get(key)); }

    /** As {@link #without}, keeping only the votes for counties. */
    Support districtsWithout(String key) { return new Support(new double[0], new double[0], districts, byName.get(key)); }
  }

  /**
   * One name's votes: the distinct regions, countries and counties of its readings, by {@link CodeIds} number, each
   * list sorted by number for lookup. Every region gets the same share, a country the sum of its readings' shares.
   */
  private record Readings(int[] regionIds, double regionWeight, int[] countryIds, double[] countryWeights, int[] districtIds) {
    /** Main-name readings only: alternate names (old, foreign) would make every name ambiguous. */
    static Readings of(CandidateFeatures f) {
      int n = f.size();
      double max = Double.NEGATIVE_INFINITY, total = 0;
      for (int i = 0; i < n; i++) if (!f.alternate[i]) max = Math.max(max, f.prior[i]);
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        if (f.alternate[i]) continue;
        // Scores are in powers of ten of population, so the weights are proportional to 10^score.
        w[i] = Math.pow(10, f.prior[i] - max);
        total += w[i];
      }
      int[] regionIds = new int[n], countryIds = new int[n], districtIds = new int[n];
      double[] countryWeights = new double[n];
      int regions = 0, countries = 0, districts = 0;
      for (int i = 0; i < n; i++) {
        if (w[i] == 0) continue;
        double p = w[i] / total;
        if (f.country[i] >= 0) {
          // A country's share is the sum of its readings' shares, added in candidate order.
          int at = indexOf(countryIds, countries, f.country[i]);
          if (at >= 0) {
            countryWeights[at] += p;
          } else {
            countryIds[countries] = f.country[i];
            countryWeights[countries++] = p;
          }
        }
        if (f.region[i] >= 0 && f.kind[i] != Kind.COUNTRY && indexOf(regionIds, regions, f.region[i]) < 0) regionIds[regions++] = f.region[i];
        if (f.district[i] >= 0 && indexOf(districtIds, districts, f.district[i]) < 0) districtIds[districts++] = f.district[i];
      }
      sortTogether(countryIds, countryWeights, countries);
      regionIds = Arrays.copyOf(regionIds, regions);
      districtIds = Arrays.copyOf(districtIds, districts);
      Arrays.sort(regionIds);
      Arrays.sort(districtIds);
      return new Readings(regionIds, 1.0 / regions, Arrays.copyOf(countryIds, countries),
          Arrays.copyOf(countryWeights, countries), districtIds);
    }

    private static int indexOf(int[] ids, int size, int id) {
      for (int i = 0; i < size; i++) if (ids[i] == id) return i;
      return -1;
    }

    /** Insertion sort of the first {@code size} ids, carrying their weights along: a name has few countries. */
    private static void sortTogether(int[] ids, double[] weights, int size) {
      for (int i = 1; i < size; i++) {
        int id = ids[i];
        double w = weights[i];
        int j = i - 1;
        for (; j >= 0 && ids[j] > id; j--) {
          ids[j + 1] = ids[j];
          weights[j + 1] = weights[j];
        }
        ids[j + 1] = id;
        weights[j + 1] = w;
      }
    }

    boolean hasDistrict(int district) { return Arrays.binarySearch(districtIds, district) >= 0; }

    double region(int region) { return Arrays.binarySearch(regionIds, region) >= 0 ? regionWeight : 0.0; }

    double country(int country) {
      int at = Arrays.binarySearch(countryIds, country);
      return at >= 0 ? countryWeights[at] : 0.0;
    }
  }
}
