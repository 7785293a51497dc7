package org.sitrep.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.Gazetteer.Candidate;
import org.sitrep.core.geo.Gazetteer.MatchType;
import org.sitrep.core.geo.GazetteerEntry.Kind;

class GazetteerTest {
  static final Gazetteer GAZETTEER = GazetteerLoader.loadBundled();

  @Test
  void loadsTheBuildTimeIndex() {
    // How long loading takes is measured by `./sitrep eval geo` ("loaded geo in ... s"), not asserted here: a
    // stopwatch in a unit test fails on a busy machine while the code is right.
    Gazetteer g = GazetteerLoader.loadBundled();
    assertTrue(g.size() > 190_000, "entries: " + g.size());
  }

  @Test
  void keyFoldsAccentsApostrophesHyphensAndDots() {
    assertEquals("ivano frankivsk", Gazetteer.key("Ivano-Frankivsk"));
    assertEquals("kryvyi rih", Gazetteer.key("Kryvyi  Rih"));
    assertEquals("cote d'ivoire", Gazetteer.key("Côte d’Ivoire"));
    assertEquals("us", Gazetteer.key("U.S."));
  }

  @Test
  void keyOfPlainAsciiNameIsWhatTheKeyBuilderMakes() {
    for (String name : List.of("Kharkiv", "New York", "O'Brien", "Kryvyi  Rih", " Kyiv", "Kyiv ", "St. Louis",
        "Winston-Salem", "Bosnia & Herzegovina", "A/B", "Port_au", "Tab\tName", "\"Quoted\"", "`Back")) {
      NameKeyBuilder b = new NameKeyBuilder();
      b.appendDecomposed(name, 0, name.length());
      assertEquals(b.toString(), Gazetteer.key(name), name);
    }
  }

  @Test
  void admin1RegionIsFoundByFullNameAndByBaseNameOnlyAsRegionBase() {
    Candidate full = only(GAZETTEER.lookup("belgorod oblast"), Kind.ADMIN1);
    assertEquals("RU", full.entry().country());
    assertEquals(MatchType.MAIN, full.match());
    Candidate base = only(GAZETTEER.lookup("belgorod"), Kind.ADMIN1);
    assertEquals(MatchType.REGION_BASE, base.match());
    assertTrue(full.entry().kmTo(50.6, 36.6) < 100, "Belgorod Oblast at " + full.entry().lat() + "," + full.entry().lon());
  }

  @Test
  void supplementAddsCuratedAreasAndRussianAdjectiveForms() {
    assertEquals("UA", only(GAZETTEER.lookup("donbas"), Kind.AREA).entry().country());
    assertEquals("Belgorod Oblast", only(GAZETTEER.lookup("belgorodskaya oblast"), Kind.ADMIN1).entry().name());
    GazetteerEntry plant = only(GAZETTEER.lookup("zaporizhzhia nuclear power plant"), Kind.AREA).entry();
    assertEquals("PSN", plant.featureCode());
  }

  @Test
  void countriesCarryCuratedCoordinatesAndShortForms() {
    GazetteerEntry us = only(GAZETTEER.lookup("us"), Kind.COUNTRY).entry();
    assertEquals("US", us.country());
    assertEquals(6252001L, us.geonameid());
    assertEquals("UA", only(GAZETTEER.lookup("ukraine"), Kind.COUNTRY).entry().country());
  }

  @Test
  void leadingWordsOfMultiWordNamesAreKnownByHash() {
    assertTrue(GAZETTEER.mayBeginLongerName("kryvyi".hashCode()));
    assertTrue(GAZETTEER.mayBeName("kryvyi rih".hashCode()));
    assertTrue(GAZETTEER.contains("kryvyi rih"));
    assertFalse(GAZETTEER.mayBeginLongerName("kryvyi rih shelling".hashCode()));
  }

  @Test
  void airportCodesAreNotNames() {
    assertFalse(GAZETTEER.lookup("iev").stream().anyMatch(c -> "Kyiv".equals(c.entry().name())));
  }

  private static Candidate only(List<Candidate> cands, Kind kind) {
    List<Candidate> of = cands.stream().filter(c -> c.entry().kind() == kind).toList();
    assertEquals(1, of.size(), "candidates of kind " + kind + ": " + of);
    return of.get(0);
  }
}
