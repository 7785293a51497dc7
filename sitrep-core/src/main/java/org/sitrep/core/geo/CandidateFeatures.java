package org.sitrep.core.geo;

import java.util.List;
import org.sitrep.core.geo.Gazetteer.Candidate;
import org.sitrep.core.geo.Gazetteer.MatchType;
import org.sitrep.core.geo.GazetteerEntry.Kind;

/**
 * A reading's candidates with what the resolver's passes read of them, taken from the entries once per article and
 * kept in arrays: each pass scores every candidate again in a new context, and reading the numbers from a few arrays
 * costs far less than visiting each entry and its code strings in a 200,000-entry gazetteer again. Index {@code i}
 * is {@code candidates.get(i)}. Immutable once built.
 */
final class CandidateFeatures {
  /** A town this large is a place a weak mention may name without other places near it. */
  private static final long WEAK_POPULATION = 100_000;

  final List<Candidate> candidates;
  final double[] prior, lat, lon;
  /**
   * Kilometres per degree of longitude at least, near the candidate: 111 km times the cosine of two degrees beyond
   * its latitude (see {@link ResolutionContext#nearestKm}).
   */
  final double[] lonKm;
  /** {@link CodeIds} numbers of the entry's country, admin1 and admin2 codes, or -1. */
  final int[] country, region, district;
  final Kind[] kind;
  final boolean[] curated, alternate;
  /** A name a weak mention may have without other places near it: main name of a country, region or large town. */
  final boolean[] prominent;
  /** A name a weak mention may have when the article's other places lie near it: main name of a town or county. */
  final boolean[] localMain;
  /** Some candidate is a country by its main name ("Greece", "Jordan"). */
  final boolean namesCountry;

  CandidateFeatures(List<Candidate> candidates, CodeIds ids) {
    this.candidates = candidates;
    int n = candidates.size();
    prior = new double[n];
    lat = new double[n];
    lon = new double[n];
    lonKm = new double[n];
    country = new int[n];
    region = new int[n];
    district = new int[n];
    kind = new Kind[n];
    curated = new boolean[n];
    alternate = new boolean[n];
    prominent = new boolean[n];
    localMain = new boolean[n];
    boolean countryName = false;
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      GazetteerEntry e = c.entry();
      prior[i] = c.prior();
      lat[i] = e.lat();
      lon[i] = e.lon();
      lonKm[i] = 111 * Math.cos(Math.toRadians(Math.min(90, Math.abs(e.lat()) + 2)));
      country[i] = ids.country(e.country());
      region[i] = ids.region(e.admin1Code());
      district[i] = ids.district(e.admin2Code());
      kind[i] = e.kind();
      curated[i] = e.curated();
      alternate[i] = c.match() == MatchType.ALTERNATE;
      boolean main = c.match() == MatchType.MAIN;
      prominent[i] = main && (e.kind() == Kind.COUNTRY || e.kind() == Kind.ADMIN1 || e.curated() || e.isCapital()
          || e.population() >= WEAK_POPULATION);
      localMain[i] = main && (e.kind() == Kind.POPULATED_PLACE || e.kind() == Kind.ADMIN2);
      countryName |= main && e.kind() == Kind.COUNTRY;
    }
    namesCountry = countryName;
  }

  int size() { return candidates.size(); }

  GazetteerEntry entry(int i) { return candidates.get(i).entry(); }

  /** A town or county: a distance to the article's other places means something for it. */
  boolean local(int i) { return kind[i] == Kind.POPULATED_PLACE || kind[i] == Kind.ADMIN2; }
}
