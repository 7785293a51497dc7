package org.sitrep.core.geo;

/**
 * One place the gazetteer knows: a GeoNames populated place, a first- or second-level admin region, a country or a curated
 * supplement entry. {@code geonameid} is null where we do not know it (admin1 regions, most countries, some curated
 * areas); {@code population} is the GeoNames figure, or for regions and countries the sum over their member places.
 * {@code admin2Code} ("US.KY.151") is the second-level region a place lies in, or a second-level region's own code;
 * null when unknown.
 */
record GazetteerEntry(Long geonameid, String name, double lat, double lon, String country, String admin1Code,
                      String admin2Code, String admin1Name, String featureCode, long population, Kind kind, boolean curated) {

  /** An entry whose second-level region is unknown (curated entries, countries, first-level regions). */
  GazetteerEntry(Long geonameid, String name, double lat, double lon, String country, String admin1Code,
                 String admin1Name, String featureCode, long population, Kind kind, boolean curated) {
    this(geonameid, name, lat, lon, country, admin1Code, null, admin1Name, featureCode, population, kind, curated);
  }

  /** What kind of thing the entry is: resolution ranks and filters by it. */
  enum Kind { COUNTRY, ADMIN1, ADMIN2, AREA, POPULATED_PLACE }

  boolean isCapital() { return "PPLC".equals(featureCode); }

  /** Seats of first- and second-level regions: PPLA, PPLA2. */
  int adminSeatLevel() {
    if (featureCode == null || !featureCode.startsWith("PPLA")) return 0;
    return featureCode.length() == 4 ? 1 : featureCode.charAt(4) - '0';
  }

  /** Great-circle distance in kilometres. */
  double kmTo(double otherLat, double otherLon) { return km(lat, lon, otherLat, otherLon); }

  /** Great-circle distance in kilometres between two points. */
  static double km(double lat, double lon, double otherLat, double otherLon) {
    double p1 = Math.toRadians(lat), p2 = Math.toRadians(otherLat);
    double dp = p2 - p1, dl = Math.toRadians(otherLon - lon);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
