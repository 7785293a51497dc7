package org.sitrep.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Span;

/** The resolver alone, on mentions built by hand (no CoreNLP): names are looked up where the test says they are. */
class ToponymResolverTest {
  private static final ToponymResolver RESOLVER = new ToponymResolver(GazetteerTest.GAZETTEER);

  /** Mentions of each name at its first occurrence after the previous one, all in sentence 0. */
  private static List<Mention> mentions(String text, Mention.Cue cue, String... names) {
    List<Mention> out = new ArrayList<>();
    int from = 0;
    for (String n : names) {
      int at = text.indexOf(n, from);
      from = at + n.length();
      String key = Gazetteer.key(n.replaceAll(" (region|area)$", ""));
      Mention.Cue c = n.endsWith(" region") ? Mention.Cue.REGION : n.endsWith(" area") ? Mention.Cue.AREA : cue;
      out.add(new Mention(new Span(at, from), key, GazetteerTest.GAZETTEER.lookup(key), c, 0, true));
    }
    return out;
  }

  private static List<Place> resolve(String text, String... names) {
    return RESOLVER.resolve(text, mentions(text, Mention.Cue.NONE, names), Map.of());
  }

  @Test
  void georgiaAloneIsTheCountry() {
    Place p = resolve("Troops left Georgia.", "Georgia").get(0);
    assertEquals("GE", p.country());
    assertEquals("PCLI", p.featureCode());
  }

  @Test
  void georgiaAmongAmericanPlacesIsTheState() {
    String text = "Storms hit Atlanta and Savannah, and Georgia declared an emergency.";
    Place p = resolve(text, "Atlanta", "Savannah", "Georgia").get(2);
    assertEquals("US", p.country());
    assertEquals("ADM1", p.featureCode());
  }

  @Test
  void demonymContextPicksTheCountryOfAnAmbiguousTown() {
    String text = "Shelling hit Pokrovsk.";
    List<Place> alone = RESOLVER.resolve(text, mentions(text, Mention.Cue.NONE, "Pokrovsk"), Map.of("RU", 2));
    assertEquals("RU", alone.get(0).country());
    List<Place> ukrainian = RESOLVER.resolve(text, mentions(text, Mention.Cue.NONE, "Pokrovsk"), Map.of("UA", 1));
    assertEquals(704422L, ukrainian.get(0).geonameid());
  }

  @Test
  void regionCueOnATownWithoutItsOwnRegionGivesTheTownsRegion() {
    Place p = resolve("Fighting in the Kramatorsk region went on.", "Kramatorsk region").get(0);
    assertEquals("ADM1", p.featureCode());
    assertEquals("UA", p.country());
    assertEquals("Donetsk", p.name());
  }

  @Test
  void qualifierRestrictsToItsRegion() {
    Place p = resolve("Rallies in Athens, Georgia, drew crowds.", "Athens", "Georgia").get(0);
    assertEquals("US", p.country());
    assertEquals("Georgia", p.admin1());
  }

  @Test
  void tinyVillageWithNoSupportIsLeftOut() {
    List<Place> ps = resolve("Reporters met Smallville officials.", "Smallville");
    assertEquals(List.of(), ps);
  }

  @Test
  void oneNameKeepsOneSenseInAnArticle() {
    String text = "Odessa, Texas, mourned. Later Odessa held a vigil.";
    List<Place> ps = resolve(text, "Odessa", "Texas", "Odessa");
    assertEquals("US", ps.get(0).country());
    assertEquals("US", ps.get(2).country());
    assertNull(ps.get(1).geonameid());
  }

  @Test
  void nearbyTownsPickTheLocalNamesake() {
    String text = "Police in Fort Worth and Grand Prairie joined the search in Arlington overnight.";
    Place p = resolve(text, "Fort Worth", "Grand Prairie", "Arlington").get(2);
    assertEquals("Texas", p.admin1());
    String east = "Police in Alexandria and Falls Church joined the search in Arlington overnight.";
    Place q = resolve(east, "Alexandria", "Falls Church", "Arlington").get(2);
    assertEquals("Virginia", q.admin1());
  }

  @Test
  void breakawayRegionsAreKnownAreas() {
    String text = "Militias crossed from Darfur while troops massed near South Ossetia.";
    List<Place> ps = resolve(text, "Darfur", "South Ossetia");
    assertEquals("SD", ps.get(0).country());
    assertEquals("RGN", ps.get(0).featureCode());
    assertEquals("GE", ps.get(1).country());
    assertEquals("South Ossetia", ps.get(1).name());
  }

  @Test
  void continentAloneIsResolved() {
    List<Place> ps = resolve("Refugees kept arriving in Europe and Africa.", "Europe", "Africa");
    assertEquals(2, ps.size(), ps.toString());
    assertEquals("CONT", ps.get(0).featureCode());
    assertEquals("Europe", ps.get(0).name());
    assertEquals("Africa", ps.get(1).name());
  }

  @Test
  void euIsTheUnionNotTheNormanTown() {
    List<Place> ps = resolve("The EU imposed sanctions on the DPRK.", "EU", "DPRK");
    assertEquals("European Union", ps.get(0).name());
    assertEquals(50.85, ps.get(0).lat(), 0.1);
    assertEquals("KP", ps.get(1).country());
  }

  @Test
  void townAndCountyThatOnlyFitEachOtherMeetInThatCounty() {
    // Huntsville, Alabama is larger, and Walker County names counties in Texas, Georgia and Alabama: only Huntsville,
    // Texas lies in a Walker County. Started from each name's likeliest place alone (Huntsville, Alabama; Walker
    // County, Texas), each name followed the other's last choice and the two swapped places pass after pass.
    String text = "Veterans of the Iraq war in Huntsville gathered as Walker County deputies closed the road. "
        + "Huntsville officials and Walker County judges thanked them. Huntsville hosted them again, Walker County said.";
    List<Place> ps = resolve(text, "Huntsville", "Walker County", "Huntsville", "Walker County", "Huntsville", "Walker County");
    for (Place p : ps) assertEquals("Texas", p.admin1(), ps.toString());
  }

  @Test
  void villageSharingItsDistrictWithTheOtherTownsIsTheNearOne() {
    // Novoselivka is a name of dozens of villages; the one in Kramatorsk district shares its county with the towns
    // named beside it, though larger Novoselivkas lie in Odesa Oblast.
    String text = "Shelling hit Kramatorsk and Sloviansk, and a drone struck Novoselivka.";
    List<Place> ps = resolve(text, "Kramatorsk", "Sloviansk", "Novoselivka");
    assertEquals(699185L, ps.get(2).geonameid(), ps.toString());
    List<Place> alone = resolve("A drone struck Novoselivka.", "Novoselivka");
    assertTrue(alone.stream().noneMatch(p -> Long.valueOf(699185L).equals(p.geonameid())), alone.toString());
  }

  @Test
  void countryPointIsTheFactbooksNotTheMiddleOfItsTowns() {
    // Burkina Faso has no curated row: its point comes from world-countries (13N 2W).
    Place p = resolve("Attacks spread across Burkina Faso.", "Burkina Faso").get(0);
    assertEquals("BF", p.country());
    assertEquals(13.0, p.lat(), 0.01);
    assertEquals(-2.0, p.lon(), 0.01);
  }

  /** Mentions of each name as {@link #mentions}, the {@code weak}-th (counting from 0) made weak. */
  private static List<Place> resolveWithWeak(String text, int weak, String... names) {
    List<Mention> out = new ArrayList<>();
    List<Mention> all = mentions(text, Mention.Cue.NONE, names);
    for (int i = 0; i < all.size(); i++) {
      Mention m = all.get(i);
      out.add(new Mention(m.span(), m.key(), m.candidates(), m.cue(), m.sentence(), i != weak, i == weak));
    }
    return RESOLVER.resolve(text, out, Map.of());
  }

  @Test
  void weakMentionFarFromTheArticlesPlacesIsLeftOut() {
    // "Abu" of "Abu Shouk camp" is also a town in India; beside El Fasher the camp is no Indian town.
    String text = "Families fled El Fasher for Abu Shouk camp.";
    List<Place> ps = resolveWithWeak(text, 1, "El Fasher", "Abu");
    assertEquals(List.of("El Fasher"), ps.stream().map(Place::text).toList());
    assertEquals("SD", ps.get(0).country());
  }

  @Test
  void weakMentionNearTheArticlesPlacesIsKept() {
    String text = "Shelling hit Kramatorsk, and the Druzhkivka City Council asked for help.";
    List<Place> ps = resolveWithWeak(text, 1, "Kramatorsk", "Druzhkivka");
    assertEquals(List.of("Kramatorsk", "Druzhkivka"), ps.stream().map(Place::text).toList());
    assertEquals("UA", ps.get(1).country());
  }

  @Test
  void weakMentionOfASmallTownAloneIsLeftOut() {
    assertEquals(List.of(), resolveWithWeak("The Druzhkivka City Council asked for help.", 0, "Druzhkivka"));
  }

  @Test
  void weakMentionTakesTheSenseTheNameHasElsewhere() {
    String text = "The Druzhkivka City Council said shells hit Druzhkivka.";
    List<Place> ps = resolveWithWeak(text, 0, "Druzhkivka", "Druzhkivka");
    assertEquals(2, ps.size(), ps.toString());
    assertEquals(ps.get(1).geonameid(), ps.get(0).geonameid());
  }

  @Test
  void oceanOutranksTheSmallTownNamedAfterIt() {
    Place p = resolve("A tanker was hit in the Atlantic on Monday.", "Atlantic").get(0);
    assertEquals("OCN", p.featureCode());
    assertNull(p.country());
  }

  @Test
  void seaWithARegionWordIsTheSea() {
    Place p = resolve("Drones attacked ports in the Black Sea region.", "Black Sea region").get(0);
    assertEquals("Black Sea", p.name());
    assertEquals("SEA", p.featureCode());
  }

  @Test
  void curatedAreaWithARegionWordIsTheArea() {
    Place p = resolve("Fighting went on across the Donbas region.", "Donbas region").get(0);
    assertEquals("Donbas", p.name());
    assertEquals("UA", p.country());
  }

  @Test
  void curatedPlacesResolveWithoutOtherPlacesAround() {
    String text = "Shells fell in Donbas and near the Zaporizhzhia nuclear power plant.";
    List<Place> ps = resolve(text, "Donbas", "Zaporizhzhia nuclear power plant");
    assertEquals(List.of("RGN", "PSN"), ps.stream().map(Place::featureCode).toList());
  }

  @Test
  void oceanBesideManyPlacesOfOneCountryIsStillTheOcean() {
    String text = "Storms from the Atlantic hit Miami, Tampa, Orlando and Jacksonville in Florida.";
    Place p = resolve(text, "Atlantic", "Miami", "Tampa", "Orlando", "Jacksonville", "Florida").get(0);
    assertEquals("OCN", p.featureCode());
  }

  @Test
  void bareNameOfAStateWithADesignatorIsTheState() {
    // GeoNames calls it "Borno State"; a village in Lombardy is called Borno.
    Place p = resolve("Insurgents attacked two villages in Borno overnight.", "Borno").get(0);
    assertEquals("NG", p.country());
    assertEquals("ADM1", p.featureCode());
  }

  @Test
  void bareNameThatOnlyARegionBearsIsTheRegion() {
    Place p = resolve("The army shelled positions in Kachin on Sunday.", "Kachin").get(0);
    assertEquals("MM", p.country());
    assertEquals("ADM1", p.featureCode());
  }

  @Test
  void regionBaseNameTaggedAsAPersonIsNoRegion() {
    String text = "Kachin said the talks had failed.";
    Mention m = new Mention(new Span(0, 6), "kachin", GazetteerTest.GAZETTEER.lookup("kachin"), Mention.Cue.NONE, 0, false);
    assertEquals(List.of(), RESOLVER.resolve(text, List.of(m), Map.of()));
  }

  @Test
  void countryAmongForeignPlacesIsStillTheCountry() {
    // Greece, New York is a town near Rochester; nothing in the sentence is near it.
    String text = "Officials in Los Angeles and San Diego said the refugees from Syria had reached Greece.";
    Place p = resolve(text, "Los Angeles", "San Diego", "Syria", "Greece").get(3);
    assertEquals("GR", p.country());
    assertEquals("PCLI", p.featureCode());
  }

  @Test
  void townNamedAfterACountryAmongItsNeighboursIsTheTown() {
    String text = "Flooding closed roads in Rochester, Irondequoit and Greece on Tuesday.";
    Place p = resolve(text, "Rochester", "Irondequoit", "Greece").get(2);
    assertEquals("US", p.country());
    assertEquals("New York", p.admin1());
  }

  @Test
  void oceanLiesAtTheGeoNamesPoint() {
    // GeoNames puts the Atlantic Ocean (3373405) at 10N 25W, as geoparsing corpora annotated with GeoNames do.
    Place p = resolve("A tanker was hit in the Atlantic on Monday.", "Atlantic").get(0);
    assertEquals(10.0, p.lat(), 1e-6);
    assertEquals(-25.0, p.lon(), 1e-6);
    assertEquals(3373405L, p.geonameid());
  }
}
