package org.sitrep.core.geo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.geo.GazetteerEntry.Kind;

/**
 * The context the article gives one name in one pass: how often each country and admin1 region is named by the places
 * the previous pass chose for the other names (and by the article's demonyms), where those places lie (local news
 * names several towns near each other: "Palestine" beside "Tyler" is in Texas), and what the other names could mean
 * ({@link Support}). Counts are arrays over the article's {@link CodeIds}.
 */
final class ResolutionContext {
  /** Only distances under this count as near. */
  static final double NEAR_KM = 200;

  private final int[] countries, regions;
  private final int topCountry;
  private final Choices choices;
  private final int ownKey;
  private final Support support;

  private ResolutionContext(int[] countries, int[] regions, Choices choices, int ownKey, Support support) {
    this.countries = countries;
    this.regions = regions;
    this.choices = choices;
    this.ownKey = ownKey;
    this.support = support;
    int top = 0;
    for (int v : countries) top = Math.max(top, v);
    this.topCountry = top;
  }

  Support support() { return support; }

  int country(int id) { return id < 0 ? 0 : countries[id]; }

  /** How many places the country named most has. */
  int topCountry() { return topCountry; }

  int region(int id) { return id < 0 ? 0 : regions[id]; }

  /** Kilometres from candidate {@code i} to the nearest place of the context, or infinity. */
  double nearestKm(CandidateFeatures f, int i) {
    double best = Double.POSITIVE_INFINITY;
    double lat = f.lat[i], lon = f.lon[i], lonKm = f.lonKm[i];
    Choices c = choices;
    for (int p = 0; p < c.placeCount; p++) {
      // A name's own places are no context for it, unless another name chose the same place too.
      if (c.placeKey[p] == ownKey && !c.placeShared[p]) continue;
      // Only distances under NEAR_KM count; a degree of latitude is 111 km, so most places are ruled out unmeasured.
      // A degree of longitude is at least lonKm (111 km times the cosine of the larger latitude of the two points;
      // cos(lat+2) is below both for places within 2 degrees of latitude, which is all the latitude test lets through).
      if (Math.abs(c.placeLat[p] - lat) * 111 > NEAR_KM) continue;
      double dLon = Math.abs(c.placeLon[p] - lon);
      if (Math.min(dLon, 360 - dLon) * lonKm > NEAR_KM) continue;
      best = Math.min(best, GazetteerEntry.km(lat, lon, c.placeLat[p], c.placeLon[p]));
    }
    return best;
  }

  /**
   * The places one pass chose, from which each name's context is made: the countries and regions they lie in, and
   * which names chose each place. {@code keys[m]} numbers mention m's name.
   */
  static final class Choices {
    private final int[] countries, regions;
    private final int[][] ownCountries, ownRegions;
    private int placeCount;
    private double[] placeLat, placeLon;
    private int[] placeKey;
    private boolean[] placeShared;

    Choices(int[] keys, int keyCount, List<ToponymResolver.Scored> chosen, int[] demonymCountries, CodeIds ids) {
      countries = new int[ids.countries()];
      regions = new int[ids.regions()];
      System.arraycopy(demonymCountries, 0, countries, 0, demonymCountries.length);
      List<List<ToponymResolver.Scored>> byKey = new ArrayList<>(keyCount);
      for (int k = 0; k < keyCount; k++) byKey.add(null);
      // Entries are unique objects: identity is their equality. The first name each place was chosen for, and whether
      // another name chose it too.
      Map<GazetteerEntry, Integer> firstKey = new IdentityHashMap<>();
      Map<GazetteerEntry, Boolean> shared = new IdentityHashMap<>();
      for (int m = 0; m < keys.length; m++) {
        ToponymResolver.Scored s = chosen.get(m);
        if (s == null) continue;
        int country = s.features().country[s.index()], region = s.features().region[s.index()];
        if (country >= 0) countries[country]++;
        if (region >= 0) regions[region]++;
        if (byKey.get(keys[m]) == null) byKey.set(keys[m], new ArrayList<>());
        byKey.get(keys[m]).add(s);
        GazetteerEntry e = s.entry();
        Integer earlier = firstKey.putIfAbsent(e, keys[m]);
        if (earlier == null) shared.put(e, false);
        else if (earlier != keys[m]) shared.put(e, true);
      }
      ownCountries = new int[keyCount][];
      ownRegions = new int[keyCount][];
      for (int k = 0; k < keyCount; k++) {
        List<ToponymResolver.Scored> own = byKey.get(k);
        if (own == null) continue;
        ownCountries[k] = new int[own.size()];
        ownRegions[k] = new int[own.size()];
        for (int j = 0; j < own.size(); j++) {
          ownCountries[k][j] = own.get(j).features().country[own.get(j).index()];
          ownRegions[k][j] = own.get(j).features().region[own.get(j).index()];
        }
      }
      placeLat = new double[firstKey.size()];
      placeLon = new double[firstKey.size()];
      placeKey = new int[firstKey.size()];
      placeShared = new boolean[firstKey.size()];
      firstKey.forEach((e, key) -> {
        // Countries and first-level regions are too large for a distance to mean anything.
        if (e.kind() == Kind.COUNTRY || e.kind() == Kind.ADMIN1) return;
        placeLat[placeCount] = e.lat();
        placeLon[placeCount] = e.lon();
        placeKey[placeCount] = key;
        placeShared[placeCount++] = shared.get(e);
      });
    }

    /**
     * The article's context for the name numbered {@code key}: every mention of the same name is left out, as a name
     * does not vote for itself; each other place counts once (a repeated place does not change the nearest distance).
     */
    ResolutionContext context(int key, Support support) {
      int[] c = countries.clone(), r = regions.clone();
      if (ownCountries[key] != null) {
        for (int id : ownCountries[key]) if (id >= 0) c[id]--;
        for (int id : ownRegions[key]) if (id >= 0) r[id]--;
      }
      return new ResolutionContext(c, r, this, key, support);
    }
  }
}
