package org.sitrep.cli.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Afghanistan's provinces under every spelling of {@code /sitrep/eval/afghan_provinces.tsv}, each mapped to its GeoNames
 * admin1 code: the gazetteer's "Paktia" and the label "paktya" are one province. Immutable.
 */
final class ProvinceNames {
  static final String RESOURCE = "/sitrep/eval/afghan_provinces.tsv";

  private final Map<String, String> codes;

  ProvinceNames() {
    Map<String, String> m = new HashMap<>();
    for (ResourceLines.Row r : ResourceLines.readTsv(RESOURCE)) {
      String code = r.get("code");
      put(m, r.get("geonames_name"), code, r);
      String spellings = r.optional("spellings");
      if (spellings != null) for (String s : spellings.split("\\|")) put(m, s, code, r);
    }
    codes = Map.copyOf(m);
  }

  /** The admin1 code of a province name in any listed spelling, with or without "province"; null if none. */
  String code(String name) {
    if (name == null) return null;
    String key = key(name);
    String code = codes.get(key);
    return code != null || !key.endsWith(" province") ? code : codes.get(key.substring(0, key.length() - " province".length()));
  }

  private static void put(Map<String, String> m, String name, String code, ResourceLines.Row r) {
    String previous = m.put(key(name), code);
    if (previous != null && !previous.equals(code)) throw r.line().error("'" + name + "' also names " + previous);
  }

  private static String key(String name) { return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "); }
}
