package org.sitrep.core.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.geo.Gazetteer.MatchType;
import org.sitrep.core.geo.GazetteerEntry.Kind;
import org.sitrep.core.lexicon.ResourceFormatException;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Loads the gazetteer: the GeoNames index built at build time from pinned npm data (see
 * sitrep-core/src/build/java/GazetteerIndexBuilder.java for its format), then the curated supplement, which adds areas
 * GeoNames' cities list lacks (Donbas), names (old city names, Russian adjective forms of oblasts, country short
 * forms) and better country coordinates. A missing or malformed file fails here, naming it.
 */
final class GazetteerLoader {
  static final String INDEX = "/sitrep/geo/gazetteer.bin";
  static final String SUPPLEMENT = "/sitrep/geo/supplement.tsv";
  static final String NOT_TOPONYMS = "/sitrep/geo/not_toponyms.txt";
  static final String DEMONYMS = "/sitrep/geo/demonyms.tsv";
  static final String STATE_ABBREVIATIONS = "/sitrep/geo/us_state_abbreviations.tsv";
  static final String AREA_ADJECTIVES = "/sitrep/geo/area_adjectives.tsv";

  /** Trailing words that designate a region's type: "Belgorod Oblast" is also "Belgorod" with a region cue. */
  private static final Pattern DESIGNATOR = Pattern.compile(
      "\\s+(Oblast|Region|Province|Governorate|Krai|Kray|Republic|Autonomous Okrug|Okrug|District|State|Prefecture"
          + "|County|Department|Voivodeship|Municipality|Parish|Division|Raion|Rayon)$");

  private GazetteerLoader() {}

  static Gazetteer loadBundled() {
    Gazetteer.Builder b = new Gazetteer.Builder();
    Map<String, Integer> regions = new HashMap<>();
    Map<String, Integer> countries = new HashMap<>();
    List<ResourceLines.Row> supplement = ResourceLines.readTsv(SUPPLEMENT);
    // Only the GeoNames ids the supplement refers to are worth a map entry.
    Map<Long, Integer> byId = new HashMap<>();
    for (ResourceLines.Row r : supplement) {
      String t = r.get("target");
      if (t.startsWith("geonameid:")) byId.put(parseLong(r, t.substring("geonameid:".length())), -1);
    }
    // The curated demonyms below override the index's (world-countries' English demonym of each country).
    Map<String, String> demonyms = new HashMap<>();
    readIndex(b, regions, countries, byId, demonyms);
    readSupplement(supplement, b, regions, countries, byId);
    Set<String> stop = new HashSet<>();
    for (ResourceLines.Line l : ResourceLines.read(NOT_TOPONYMS)) stop.add(Gazetteer.key(l.text().strip()));
    for (ResourceLines.Row r : ResourceLines.readTsv(DEMONYMS)) demonyms.put(r.get("demonym"), r.get("country"));
    Map<String, GazetteerEntry> abbreviations = new HashMap<>();
    for (ResourceLines.Row r : ResourceLines.readTsv(STATE_ABBREVIATIONS)) {
      Integer idx = regions.get(r.get("admin1"));
      if (idx == null) throw r.line().error("admin1 '" + r.get("admin1") + "' is not in the GeoNames index");
      abbreviations.put(r.get("abbreviation"), b.entry(idx));
    }
    Map<String, GazetteerEntry> areaAdjectives = new HashMap<>();
    for (ResourceLines.Row r : ResourceLines.readTsv(AREA_ADJECTIVES)) {
      GazetteerEntry area = null;
      for (Gazetteer.Candidate c : b.candidates(r.get("area"))) if (c.entry().curated()) area = c.entry();
      if (area == null) throw r.line().error("area '" + r.get("area") + "' is not a curated name of " + SUPPLEMENT);
      areaAdjectives.put(r.get("adjective"), area);
    }
    return b.build(stop, demonyms, abbreviations, areaAdjectives);
  }

  private static void readIndex(Gazetteer.Builder b, Map<String, Integer> regions, Map<String, Integer> countries,
                                Map<Long, Integer> byId, Map<String, String> indexDemonyms) {
    InputStream raw = GazetteerLoader.class.getResourceAsStream(INDEX);
    if (raw == null) {
      throw new ResourceFormatException(INDEX + ": gazetteer index not found on the classpath; it is built by"
          + " `mvn process-resources` in sitrep-core from the npm packages pinned in sitrep-core/pom.xml");
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
      String magic = in.readUTF();
      if (!"SITREP-GAZ4".equals(magic)) throw new ResourceFormatException(INDEX + ": format '" + magic + "', expected SITREP-GAZ4");
      in.readUTF(); // source note
      int places = in.readInt();
      Map<String, String> districts = new HashMap<>();
      String[][] pending = new String[places][];
      int[] placeIndex = new int[places];
      for (int i = 0; i < places; i++) {
        long id = in.readInt();
        String name = in.readUTF();
        double lat = in.readFloat(), lon = in.readFloat();
        String fc = in.readUTF();
        String country = in.readUTF();
        String admin1 = in.readUTF();
        String admin2 = in.readUTF();
        long pop = in.readInt();
        int alts = in.readUnsignedShort();
        String[] altNames = new String[alts];
        for (int a = 0; a < alts; a++) altNames[a] = in.readUTF();
        Kind kind = fc.startsWith("P.") ? Kind.POPULATED_PLACE : Kind.AREA;
        String code = admin1.isEmpty() ? null : country + "." + admin1;
        // One shared string per county: 200,000 places name a few tens of thousands of them.
        String district = code == null || admin2.isEmpty() ? null : districts.computeIfAbsent(code + "." + admin2, k -> k);
        int idx = b.add(new GazetteerEntry(id, name, lat, lon, country, code, district, null, fc.substring(2), pop, kind, false));
        if (byId.containsKey(id)) byId.put(id, idx);
        placeIndex[i] = idx;
        pending[i] = altNames;
      }
      Map<String, String> regionNames = new HashMap<>();
      int admin1 = in.readInt();
      for (int i = 0; i < admin1; i++) {
        String code = in.readUTF();
        String name = in.readUTF();
        double lat = in.readFloat(), lon = in.readFloat();
        long pop = in.readLong();
        regionNames.put(code, name);
        int idx = b.add(new GazetteerEntry(null, name, lat, lon, code.substring(0, 2), code, name, "ADM1", pop, Kind.ADMIN1, false));
        regions.put(code, idx);
        regionNames(b, name, idx);
      }
      int admin2 = in.readInt();
      for (int i = 0; i < admin2; i++) {
        String code = in.readUTF();
        String name = in.readUTF();
        double lat = in.readFloat(), lon = in.readFloat();
        long pop = in.readLong();
        String region = code.substring(0, code.lastIndexOf('.'));
        int idx = b.add(new GazetteerEntry(null, name, lat, lon, code.substring(0, 2), region, code, regionNames.get(region),
            "ADM2", pop, Kind.ADMIN2, false));
        regionNames(b, name, idx);
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String cc = in.readUTF();
        double lat = in.readFloat(), lon = in.readFloat();
        long pop = in.readLong();
        String demonym = in.readUTF();
        if (!demonym.isEmpty()) indexDemonyms.put(demonym, cc);
        String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
        if (name.isEmpty() || name.equals(cc)) continue;
        int idx = b.add(new GazetteerEntry(null, name, lat, lon, cc, null, null, "PCLI", pop, Kind.COUNTRY, false));
        countries.put(cc, idx);
        countryNames(b, name, idx);
      }
      // Places' names go in after the regions' so each place can carry its admin1 name.
      for (int i = 0; i < places; i++) {
        int idx = placeIndex[i];
        GazetteerEntry e = b.entry(idx);
        if (e.admin1Code() != null && regionNames.containsKey(e.admin1Code())) {
          e = new GazetteerEntry(e.geonameid(), e.name(), e.lat(), e.lon(), e.country(), e.admin1Code(), e.admin2Code(),
              regionNames.get(e.admin1Code()), e.featureCode(), e.population(), e.kind(), false);
          b.replace(idx, e);
        }
        b.name(e.name(), idx, MatchType.MAIN);
        for (String alt : pending[i]) if (!isCode(alt)) b.name(alt, idx, MatchType.ALTERNATE);
      }
    } catch (IOException e) {
      throw new ResourceFormatException(INDEX + ": cannot read gazetteer index: " + e.getMessage(), e);
    }
  }

  /** GeoNames lists airport codes ("IEV", "ODS") among alternate names; in text they are acronyms, not places. */
  private static boolean isCode(String alt) {
    if (alt.length() > 4) return false;
    for (int i = 0; i < alt.length(); i++) if (Character.isLowerCase(alt.charAt(i))) return false;
    return true;
  }

  private static void regionNames(Gazetteer.Builder b, String name, int idx) {
    b.name(name, idx, MatchType.MAIN);
    var m = DESIGNATOR.matcher(name);
    if (m.find()) b.name(name.substring(0, m.start()), idx, MatchType.REGION_BASE);
  }

  /** CLDR names such as "Myanmar (Burma)" and "Bosnia & Herzegovina" are indexed in each of their forms. */
  private static void countryNames(Gazetteer.Builder b, String name, int idx) {
    b.name(name, idx, MatchType.MAIN);
    int paren = name.indexOf(" (");
    if (paren > 0 && name.endsWith(")")) {
      b.name(name.substring(0, paren), idx, MatchType.MAIN);
      b.name(name.substring(paren + 2, name.length() - 1), idx, MatchType.MAIN);
    }
    if (name.contains("&")) b.name(name.replace("&", "and"), idx, MatchType.MAIN);
  }

  private static void readSupplement(List<ResourceLines.Row> rows, Gazetteer.Builder b, Map<String, Integer> regions,
                                     Map<String, Integer> countries, Map<Long, Integer> byId) {
    for (ResourceLines.Row r : rows) {
      String target = r.get("target");
      List<String> names = List.of(r.get("names").split("\\|"));
      if (names.isEmpty() || names.get(0).isBlank()) throw r.line().error("no names");
      Integer idx;
      if (target.equals("new")) {
        String country = r.optional("country");
        String admin1 = r.optional("admin1");
        String regionName = admin1 == null || !regions.containsKey(admin1) ? null : b.entry(regions.get(admin1)).name();
        String fc = r.get("featureCode");
        Kind kind = fc.startsWith("PPL") ? Kind.POPULATED_PLACE : fc.equals("ADM1") ? Kind.ADMIN1 : Kind.AREA;
        idx = b.add(new GazetteerEntry(geonameid(r), names.get(0).strip(), coordinate(r, "lat", 90), coordinate(r, "lon", 180),
            country, admin1, regionName, fc, population(r), kind, true));
      } else {
        idx = existing(r, target, regions, countries, byId);
        GazetteerEntry e = b.entry(idx);
        boolean moved = r.optional("lat") != null;
        b.replace(idx, new GazetteerEntry(r.optional("geonameid") != null ? geonameid(r) : e.geonameid(), e.name(),
            moved ? coordinate(r, "lat", 90) : e.lat(), moved ? coordinate(r, "lon", 180) : e.lon(), e.country(),
            e.admin1Code(), e.admin2Code(), e.admin1Name(), e.featureCode(), e.population(), e.kind(), true));
      }
      for (String n : names) if (!n.isBlank()) b.name(n.strip(), idx, MatchType.MAIN);
    }
  }

  private static int existing(ResourceLines.Row r, String target, Map<String, Integer> regions,
                              Map<String, Integer> countries, Map<Long, Integer> byId) {
    int colon = target.indexOf(':');
    String kind = colon < 0 ? target : target.substring(0, colon);
    String ref = colon < 0 ? "" : target.substring(colon + 1);
    Integer idx = switch (kind) {
      case "geonameid" -> {
        Integer found = byId.get(parseLong(r, ref));
        yield found == null || found < 0 ? null : found;
      }
      case "admin1" -> regions.get(ref);
      case "country" -> countries.get(ref);
      default -> throw r.line().error("target '" + target + "', expected new, geonameid:N, admin1:CC.NN or country:CC");
    };
    if (idx == null) throw r.line().error("target '" + target + "' is not in the GeoNames index");
    return idx;
  }

  private static Long geonameid(ResourceLines.Row r) {
    String v = r.optional("geonameid");
    return v == null ? null : parseLong(r, v);
  }

  private static long parseLong(ResourceLines.Row r, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw r.line().error("'" + v + "' is not a GeoNames id");
    }
  }

  private static long population(ResourceLines.Row r) {
    String v = r.optional("population");
    return v == null ? 0 : parseLong(r, v);
  }

  private static double coordinate(ResourceLines.Row r, String column, double limit) {
    try {
      double v = Double.parseDouble(r.get(column));
      if (Math.abs(v) > limit) throw r.line().error(column + " " + v + " is out of range");
      return v;
    } catch (NumberFormatException e) {
      throw r.line().error(column + " '" + r.get(column) + "' is not a number");
    }
  }
}
