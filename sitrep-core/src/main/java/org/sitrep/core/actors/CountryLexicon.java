package org.sitrep.core.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Token;

/**
 * Country names and variants, demonyms and capitals from {@code countries.tsv}, and international organisations from
 * {@code organisations.tsv}, matched case-sensitively on token
 * words ("US" is a country, "us" is not). Immutable once loaded.
 */
final class CountryLexicon {
  static final String RESOURCE = "/sitrep/actors/countries.tsv";
  static final String ORGANISATIONS = "/sitrep/actors/organisations.tsv";

  /**
   * What a matched name is: the country itself, its people, its capital, or an international or non-governmental
   * organisation, whose "country" is the pseudo-code IGO or NGO as in CAMEO and PLOVER.
   */
  enum Kind { COUNTRY, DEMONYM, CAPITAL, ORGANISATION }

  /** A dictionary hit: the country, what kind of name it is, and how many tokens it covers. */
  record Match(Country country, Kind kind, int length) {}

  private record Entry(Country country, Kind kind) {}

  private final Map<String, Entry> names;
  private final Map<String, String> organisationSectors;
  private final Map<String, Country> byCode = new HashMap<>();
  private final int maxTokens;

  CountryLexicon() {
    Map<String, Entry> m = new HashMap<>();
    for (ResourceLines.Row row : ResourceLines.readTsv(RESOURCE)) {
      String iso3 = row.get("iso3");
      String iso2 = row.get("iso2");
      if (!iso3.matches("[A-Z]{3}") || !iso2.matches("[A-Z]{2}")) {
        throw row.line().error("iso3 must be 3 and iso2 2 capital letters");
      }
      Country c = new Country(iso3, iso2, row.get("name"));
      add(m, c.name(), new Entry(c, Kind.COUNTRY));
      for (String v : split(row.get("variants"))) add(m, v, new Entry(c, Kind.COUNTRY));
      for (String v : split(row.get("demonyms"))) add(m, v, new Entry(c, Kind.DEMONYM));
      for (String v : split(row.get("capitals"))) add(m, v, new Entry(c, Kind.CAPITAL));
    }
    m.values().forEach(e -> byCode.putIfAbsent(e.country().iso3(), e.country()));
    Map<String, String> sectors = new HashMap<>();
    for (ResourceLines.Row row : ResourceLines.readTsv(ORGANISATIONS)) {
      String code = row.get("code");
      if (!code.equals("IGO") && !code.equals("NGO") && !code.equals("-") && !byCode.containsKey(code)) {
        throw row.line().error("code must be IGO, NGO, - or an ISO alpha-3 code of countries.tsv, not '" + code + "'");
      }
      // an organisation's own record: its code stands where a country's alpha-3 code would
      Country org = new Country(code.equals("-") ? null : code, null, row.get("name"));
      if (!row.get("sector").isEmpty()) sectors.put(org.name(), row.get("sector"));
      add(m, org.name(), new Entry(org, Kind.ORGANISATION));
      for (String v : split(row.get("variants"))) add(m, v, new Entry(org, Kind.ORGANISATION));
    }
    organisationSectors = Map.copyOf(sectors);
    names = Map.copyOf(m);
    maxTokens = names.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  private static List<String> split(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }

  // A name listed twice keeps its first meaning: a country's own name wins over another country's capital.
  private static void add(Map<String, Entry> m, String name, Entry e) {
    m.putIfAbsent(name.strip(), e);
    // the tokenizer splits "Al-Shabaab" and "Guinea-Bissau" at the hyphen: matched words are joined by spaces
    if (name.contains("-")) m.putIfAbsent(name.strip().replace("-", " - "), e);
  }

  /** The longest name starting at token {@code from} (and ending before {@code limit}), or null. */
  Match match(List<Token> tokens, int from, int limit) {
    for (int len = Math.min(maxTokens, limit - from); len >= 1; len--) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < from + len; i++) {
        if (i > from) sb.append(' ');
        sb.append(tokens.get(i).word());
      }
      Entry e = names.get(sb.toString());
      if (e != null) return new Match(e.country(), e.kind(), len);
    }
    return null;
  }

  /** The PLOVER sector of an organisation of the organisations table ("REB" for Hamas), or null. */
  String sectorOf(Country organisation) {
    return organisationSectors.get(organisation.name());
  }

  /** The country with this ISO alpha-3 code, or null. */
  Country lookupCode(String iso3) {
    return byCode.get(iso3);
  }

  /** The entry for exactly this text, or null. */
  Match lookup(String text) {
    Entry e = names.get(text);
    return e == null ? null : new Match(e.country(), e.kind(), text.split(" ").length);
  }
}
