package org.sitrep.core.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * A toponym resolved to a real place: mention span and text, canonical name, coordinates, ISO 3166 alpha-2 country,
 * first-level admin region name (nullable), GeoNames id (nullable for curated entries) and GeoNames feature code.
 */
public record Place(Span span, String text, String name, double lat, double lon, String country, String admin1,
                    Long geonameid, String featureCode) {
  public Place {
    Objects.requireNonNull(span, "place span");
    Objects.requireNonNull(name, "place name");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("place " + name + " has coordinates out of range: " + lat + ", " + lon);
    }
  }

  /** The ISO 3166 alpha-3 code of the place's country (actors carry alpha-3), or null. */
  public String countryAlpha3() { return alpha3(country); }

  /** The ISO 3166 alpha-3 code for an alpha-2 code, or null when there is none. */
  public static String alpha3(String iso2) {
    if (iso2 == null) return null;
    try {
      String code = new Locale("", iso2).getISO3Country();
      return code.isEmpty() ? null : code;
    } catch (MissingResourceException unknown) {
      return null;
    }
  }
}
