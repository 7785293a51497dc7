package org.sitrep.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Span;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

class GeoStageTest {
  private static final GeoStage GEO = new GeoStage(GazetteerTest.GAZETTEER);

  private static List<Place> places(String text, List<Entity> entities) {
    Doc doc = NlpFixture.parse(text).with(Layers.ENTITIES, entities);
    return GEO.apply(doc).get(Layers.PLACES);
  }

  private static List<Place> places(String text) { return places(text, List.of()); }

  private static Place only(String text, String covered) {
    List<Place> ps = places(text);
    List<Place> of = ps.stream().filter(p -> p.text().equals(covered)).toList();
    assertEquals(1, of.size(), "places for '" + covered + "' in " + ps);
    Place p = of.get(0);
    assertEquals(covered, p.span().coveredText(text));
    assertEquals(text.indexOf(covered), p.span().start());
    return p;
  }

  private static double km(Place p, double lat, double lon) {
    return new GazetteerEntry(null, "", p.lat(), p.lon(), "", null, null, null, 0, GazetteerEntry.Kind.AREA, false).kmTo(lat, lon);
  }

  @Test
  void cityNamedAfterItsOblastIsTheCity() {
    Place p = only("Explosions were reported in Belgorod late on Sunday.", "Belgorod");
    assertEquals("RU", p.country());
    assertEquals("PPLA", p.featureCode());
    assertEquals(578072L, p.geonameid());
  }

  @Test
  void regionWordMakesTheOblast() {
    Place p = only("Drones struck an oil depot in the Belgorod region overnight.", "Belgorod region");
    assertEquals("RU", p.country());
    assertEquals("ADM1", p.featureCode());
    assertTrue(p.admin1().contains("Belgorod"), p.admin1());
    assertTrue(km(p, 50.6, 36.6) < 100, "at " + p.lat() + "," + p.lon());
  }

  @Test
  void moscowRegionIsTheOblastNotTheCity() {
    Place p = only("Officials in the Moscow region said a drone fell on a house.", "Moscow region");
    assertEquals("Moscow Oblast", p.name());
    assertEquals("ADM1", p.featureCode());
  }

  @Test
  void areaWordKeepsTheCity() {
    Place p = only("Air defences were active over the Moscow area, the mayor said.", "Moscow area");
    assertEquals("RU", p.country());
    assertTrue(km(p, 55.75, 37.62) < 100, "at " + p.lat() + "," + p.lon());
  }

  @Test
  void oldSpellingsResolveToUkrainianCities() {
    List<Place> ps = places("Rockets landed near Kiev and Odessa on Tuesday.");
    assertEquals(List.of("Kiev", "Odessa"), ps.stream().map(Place::text).toList());
    assertEquals(List.of("UA", "UA"), ps.stream().map(Place::country).toList());
    assertEquals(703448L, ps.get(0).geonameid());
    assertEquals(698740L, ps.get(1).geonameid());
  }

  @Test
  void pokrovskInAUkrainianContextIsTheDonetskTown() {
    Place p = only("Ukrainian troops held their positions near Pokrovsk.", "Pokrovsk");
    assertEquals(704422L, p.geonameid());
    assertEquals("UA", p.country());
  }

  @Test
  void gazaIsThePalestinianCityNotTheMozambicanProvince() {
    Place p = only("Aid trucks entered Gaza on Friday after days of talks.", "Gaza");
    assertEquals("PS", p.country());
  }

  @Test
  void qualifierAfterCommaPicksTheNamesake() {
    Place p = only("Protesters gathered in Odessa, Texas, on Saturday.", "Odessa");
    assertEquals("US", p.country());
    assertEquals("Texas", p.admin1());
  }

  @Test
  void directionOfPlaceIsFoundWithoutNer() {
    Place p = only("Artillery fire was heard north of Izium.", "Izium");
    assertEquals("UA", p.country());
    assertEquals(707292L, p.geonameid());
  }

  @Test
  void curatedAreasAndRenamedCities() {
    String text = "Shelling near the Zaporizhzhia nuclear power plant spread fears across Donbas and Dnipropetrovsk.";
    assertEquals("PSN", only(text, "Zaporizhzhia nuclear power plant").featureCode());
    Place donbas = only(text, "Donbas");
    assertEquals("UA", donbas.country());
    assertNull(donbas.geonameid());
    assertEquals(709930L, only(text, "Dnipropetrovsk").geonameid());
  }

  @Test
  void pluralRegionWordCoversBothNames() {
    List<Place> ps = places("Russia annexed the Donetsk and Luhansk regions in 2022.");
    assertEquals(List.of("Russia", "Donetsk", "Luhansk regions"), ps.stream().map(Place::text).toList());
    assertEquals(List.of("PCLI", "ADM1", "ADM1"), ps.stream().map(Place::featureCode).toList());
  }

  @Test
  void russianAdjectiveFormOfOblast() {
    Place p = only("A fuel depot burned in Belgorodskaya oblast.", "Belgorodskaya oblast");
    assertEquals("Belgorod Oblast", p.name());
  }

  @Test
  void metonymicCapitalIsSkipped() {
    String text = "Kyiv confirmed the strike on a bridge.";
    Entity kyiv = new Entity(new Span(0, 4), "Kyiv", EntityType.GPE, null, true);
    assertEquals(List.of(), places(text, List.of(kyiv)));
  }

  @Test
  void demonymIsNotAPlace() {
    assertEquals(List.of(), places("Russian and Ukrainian officials met for talks."));
  }

  @Test
  void countryIsResolvedWithIsoCode() {
    Place p = only("Fighting in Sudan displaced thousands last week.", "Sudan");
    assertEquals("SD", p.country());
    assertEquals("PCLI", p.featureCode());
    assertNull(p.admin1());
  }

  @Test
  void townsOfTheGazaStripResolveToPalestine() {
    String text = "Air strikes hit Rafah and Khan Younis in the southern Gaza Strip.";
    assertEquals("PS", only(text, "Rafah").country());
    assertEquals(281124L, only(text, "Khan Younis").geonameid());
    assertEquals("ADM1", only(text, "Gaza Strip").featureCode());
  }

  @Test
  void curatedFrontLineVillageAfterLocative() {
    Place p = only("Ukrainian units pushed forward near Robotyne.", "Robotyne");
    assertEquals("UA", p.country());
    assertEquals("Zaporizhzhia", p.admin1());
  }

  @Test
  void oddInputKeepsSpansInsideTheText() {
    String text = "Обстріл Харкова 🚀 тривав.\r\nSirens sounded in Kharkiv 🚀 at dawn.";
    List<Place> ps = places(text);
    assertEquals(List.of("Kharkiv"), ps.stream().map(Place::text).toList());
    assertEquals(text.indexOf("Kharkiv"), ps.get(0).span().start());
    assertEquals(List.of(), places(""));
  }

  @Test
  void stateAbbreviationQualifiesTheTownBeforeIt() {
    String text = "Two soldiers from Athens, Ga., were wounded in the blast, the Army said.";
    Place athens = only(text, "Athens");
    assertEquals("US", athens.country());
    assertEquals("Georgia", athens.admin1());
    Place state = only(text, "Ga.");
    assertEquals("ADM1", state.featureCode());
    assertEquals("US", state.country());
  }

  @Test
  void twoTokenStateAbbreviationIsOneRegion() {
    String text = "The reservist lives in Charleston, W. Va., with his family.";
    Place state = only(text, "W. Va.");
    assertEquals("West Virginia", state.admin1());
    assertEquals("West Virginia", only(text, "Charleston").admin1());
  }

  @Test
  void abbreviationWithoutCommaIsNoPlace() {
    String text = "Ill. health forced the commander to resign.";
    assertTrue(places(text).stream().noneMatch(p -> p.text().startsWith("Ill")), places(text).toString());
  }

  @Test
  void givenSpansResolveWithEachOtherAsContext() {
    String text = "Sudanese troops moved toward Kadugli. Shelling was also reported near Athens, Ga.";
    Doc doc = NlpFixture.parse(text);
    int sudanese = text.indexOf("Sudanese"), athens = text.indexOf("Athens"), ga = text.indexOf("Ga.");
    List<Place> ps = GEO.placesAt(doc, List.of(new Span(athens, athens + 6), new Span(sudanese, sudanese + 8),
        new Span(ga, ga + 3)));
    assertEquals(3, ps.size(), ps.toString());
    assertEquals("Sudanese", ps.get(0).text());
    assertEquals("SD", ps.get(0).country());
    assertEquals("PCLI", ps.get(0).featureCode());
    assertEquals("Athens", ps.get(1).text());
    assertEquals("Georgia", ps.get(1).admin1());
    assertEquals("Ga.", ps.get(2).text());
  }

  @Test
  void givenSpanUnknownToTheGazetteerHasNoPlace() {
    String text = "Fighters held the Qwzxv ridge for a week.";
    int at = text.indexOf("Qwzxv");
    assertTrue(GEO.placesAt(NlpFixture.parse(text), List.of(new Span(at, at + 5))).isEmpty());
  }

  @Test
  void givenContinentAdjectiveStandsForItsContinent() {
    String text = "European leaders pledged more air defence for Ukraine.";
    List<Place> ps = GEO.placesAt(NlpFixture.parse(text), List.of(new Span(0, 8)));
    assertEquals(1, ps.size(), ps.toString());
    assertEquals("Europe", ps.get(0).name());
    assertEquals(List.of(), places(text).stream().filter(p -> p.text().equals("European")).toList());
  }

  @Test
  void givenSpanUnknownToTheGazetteerLiesAtTheArticlesTown() {
    String text = "Shelling hit Mariupol again. Defenders held out in the Qwzxv works near Mariupol.";
    int mariupol = text.indexOf("Mariupol"), works = text.indexOf("Qwzxv"), again = text.lastIndexOf("Mariupol");
    List<Place> ps = GEO.placesAt(NlpFixture.parse(text), List.of(new Span(mariupol, mariupol + 8),
        new Span(works, works + 5), new Span(again, again + 8)));
    assertEquals(List.of("Mariupol", "Qwzxv", "Mariupol"), ps.stream().map(Place::text).toList());
    Place unknown = ps.get(1);
    assertNull(unknown.featureCode());
    assertNull(unknown.geonameid());
    assertEquals("UA", unknown.country());
    assertEquals(ps.get(0).lat(), unknown.lat(), 1e-9);
    assertEquals(ps.get(0).lon(), unknown.lon(), 1e-9);
  }

  @Test
  void campNamedLikeAForeignTownStaysInItsCountry() {
    // "Abu" alone is a town in India; "Abu Shouk camp" is a camp for the displaced in North Darfur, Sudan.
    String text = "Sudan's army said the RSF shelled the Abu Shouk camp for displaced people, in North Darfur state.";
    List<Place> ps = places(text);
    assertTrue(ps.stream().noneMatch(p -> p.text().equals("Abu")), ps.toString());
    assertEquals("SD", only(text, "Sudan").country());
  }

  @Test
  void stateWordAfterANameMakesTheState() {
    Place p = only("Paramilitary fighters entered Wad Madani, the capital of Gezira state, on Monday.", "Gezira state");
    assertEquals("SD", p.country());
    assertEquals("ADM1", p.featureCode());
  }

  @Test
  void gulfStateIsNoProvinceCalledGulf() {
    List<Place> ps = places("Talks resumed in the Gulf state of Qatar on Monday.");
    assertTrue(ps.stream().noneMatch(p -> "ADM1".equals(p.featureCode())), "places: " + ps);
    assertEquals("QA", only("Talks resumed in the Gulf state of Qatar on Monday.", "Qatar").country());
  }
}
