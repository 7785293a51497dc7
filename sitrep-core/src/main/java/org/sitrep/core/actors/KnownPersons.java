package org.sitrep.core.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Public figures of {@code persons.tsv} by full name, spelling variant and, when only one row has it, bare surname.
 * Used only where the text gives a person no country of its own. Immutable once loaded.
 */
final class KnownPersons {
  static final String RESOURCE = "/sitrep/actors/persons.tsv";

  /** A row: the country the person acts for (ISO alpha-3 or IGO) and a lasting sector (nullable). */
  record Person(String name, String country, String sector) {}

  private final Map<String, Person> byName = new HashMap<>();
  private final Map<String, Person> bySurname = new HashMap<>();

  KnownPersons(CountryLexicon countries) {
    Set<String> ambiguous = new HashSet<>();
    for (ResourceLines.Row row : ResourceLines.readTsv(RESOURCE)) {
      String country = row.get("country");
      if (!country.equals("IGO") && countries.lookupCode(country) == null) {
        throw row.line().error("country '" + country + "' is neither IGO nor a code of countries.tsv");
      }
      Person p = new Person(row.get("name"), country, row.get("sector").isEmpty() ? null : row.get("sector"));
      List<String> names = new java.util.ArrayList<>(List.of(p.name()));
      if (!row.get("variants").isEmpty()) names.addAll(List.of(row.get("variants").split("\\|")));
      for (String n : names) {
        byName.put(n.strip(), p);
        String surname = n.strip().substring(n.strip().lastIndexOf(' ') + 1);
        Person before = bySurname.putIfAbsent(surname, p);
        if (before != null && before != p) ambiguous.add(surname);
      }
    }
    ambiguous.forEach(bySurname::remove);
  }

  /** The person with this full name, else the only one with this surname when the name is the surname alone. */
  Person find(String fullName, String surname) {
    Person p = byName.get(fullName);
    if (p != null) return p;
    return fullName.equals(surname) ? bySurname.get(surname) : null;
  }
}
