package org.sitrep.core.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * Small dense numbers, per article, for the country (ISO alpha-2), first-level region (admin1) and county (admin2)
 * codes its candidates and demonyms name, so the resolver's passes count votes in arrays rather than in maps keyed by
 * strings. Numbers are given in order of first use; -1 stands for a missing code. Per-article state: a local variable.
 */
final class CodeIds {
  private final Map<String, Integer> countries = new HashMap<>(), regions = new HashMap<>(), districts = new HashMap<>();

  int country(String cc) { return id(countries, cc); }

  int region(String admin1Code) { return id(regions, admin1Code); }

  int district(String admin2Code) { return id(districts, admin2Code); }

  int countries() { return countries.size(); }

  int regions() { return regions.size(); }

  int districts() { return districts.size(); }

  private static int id(Map<String, Integer> ids, String code) {
    if (code == null) return -1;
    Integer id = ids.get(code);
    if (id != null) return id;
    ids.put(code, ids.size());
    return ids.size() - 1;
  }
}
