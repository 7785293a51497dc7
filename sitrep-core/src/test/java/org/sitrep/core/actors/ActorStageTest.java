package org.sitrep.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

class ActorStageTest {
  private static final ActorStage STAGE = new ActorStage();

  static List<Entity> entities(String text) {
    List<Entity> out = STAGE.apply(NlpFixture.parse(text)).get(Layers.ENTITIES);
    for (Entity e : out) assertEquals(e.span().coveredText(text), e.text(), "entity text must be the covered text");
    return out;
  }

  /** The entity covering exactly the {@code nth} (0-based) occurrence of {@code covered} in {@code text}. */
  static Entity at(List<Entity> entities, String text, String covered, int nth) {
    int start = -1;
    for (int i = 0; i <= nth; i++) start = text.indexOf(covered, start + 1);
    assertTrue(start >= 0, "test text has no occurrence " + nth + " of " + covered);
    for (Entity e : entities) {
      if (e.span().start() == start && e.span().end() == start + covered.length()) return e;
    }
    return fail("no entity '" + covered + "' at " + start + " in " + entities);
  }

  static Entity at(List<Entity> entities, String text, String covered) {
    return at(entities, text, covered, 0);
  }

  static void assertActor(Entity e, String country, String sector) {
    Actor a = e.actor();
    assertNotNull(a, () -> e.text() + " has no actor");
    assertEquals(country, a.country(), e.text() + " country");
    assertEquals(sector, a.sector(), e.text() + " sector");
    assertEquals(e.span(), a.span(), "actor mention is the entity's span");
  }

  @Test
  void aHyphenatedTitleIsReadWhole() {
    // The tokenizer splits "Secretary-General"; its last part alone is the military title "general".
    String text = "Secretary-General Antonio Guterres called on both sides to agree to a ceasefire.";
    Actor a = at(entities(text), text, "Antonio Guterres").actor();
    assertNotNull(a);
    assertEquals("GOV", a.sector());
  }

  @Test
  void capitalAsSpeakerStandsForItsGovernment() {
    String text = "In a statement on Monday, Kyiv confirmed that drones struck an oil depot.";
    Entity kyiv = at(entities(text), text, "Kyiv");
    assertEquals(EntityType.GPE, kyiv.type());
    assertTrue(kyiv.metonymy());
    assertActor(kyiv, "UKR", "GOV");
  }

  @Test
  void partnerInRelationsIsAGovernment() {
    String text = "The minister said Ukraine wants normal relations with Moscow after the war.";
    Entity moscow = at(entities(text), text, "Moscow");
    assertTrue(moscow.metonymy());
    assertActor(moscow, "RUS", "GOV");
  }

  @Test
  void possessiveCapitalIsAGovernment() {
    String text = "Analysts questioned Kyiv's plan for the southern front.";
    Entity kyiv = at(entities(text), text, "Kyiv");
    assertTrue(kyiv.metonymy());
    assertActor(kyiv, "UKR", "GOV");
  }

  @Test
  void capitalBeforeAreaStaysAPlace() {
    String text = "Air defences shot down three drones over the Moscow area on Sunday.";
    Entity moscow = at(entities(text), text, "Moscow");
    assertEquals(EntityType.GPE, moscow.type());
    assertFalse(moscow.metonymy());
    assertNull(moscow.actor());
  }

  @Test
  void capitalAfterLocativePrepositionStaysAPlace() {
    String text = "Officials in Kyiv said a missile hit a school.";
    List<Entity> es = entities(text);
    Entity kyiv = at(es, text, "Kyiv");
    assertFalse(kyiv.metonymy());
    assertNull(kyiv.actor());
    assertActor(at(es, text, "Officials"), "UKR", "GOV");
  }

  @Test
  void regionNameTakesInItsHeadNoun() {
    String text = "Shelling damaged two villages in the Kursk region overnight.";
    Entity region = at(entities(text), text, "Kursk region");
    assertEquals(EntityType.GPE, region.type());
    assertFalse(region.metonymy());
    assertNull(region.actor());
  }

  @Test
  void listedNeighboursArePlacesNotActors() {
    String text = "Kyiv wants good ties with neighbouring states such as Poland and Romania.";
    List<Entity> es = entities(text);
    for (String name : List.of("Poland", "Romania")) {
      Entity e = at(es, text, name);
      assertEquals(EntityType.GPE, e.type());
      assertFalse(e.metonymy(), name);
      assertNull(e.actor(), name);
    }
  }

  @Test
  void capitalTaggedAsPersonBecomesAPlace() {
    // CoreNLP's CRF tags this "Kyiv" PERSON; the country table corrects it.
    String text = "Kyiv said it would respond.";
    Entity kyiv = at(entities(text), text, "Kyiv");
    assertEquals(EntityType.GPE, kyiv.type());
    assertTrue(kyiv.metonymy());
    assertActor(kyiv, "UKR", "GOV");
  }

  @Test
  void oldSpellingKievIsTheSameCapital() {
    String text = "Kiev accused Moscow of shelling a hospital.";
    List<Entity> es = entities(text);
    assertActor(at(es, text, "Kiev"), "UKR", "GOV");
    assertActor(at(es, text, "Moscow"), "RUS", "GOV");
  }

  @Test
  void appositionBeforeNameGivesRoleAndPossessiveCountry() {
    String text = "Ukraine's defence minister, Andriy Kovalenko, said the army was ready.";
    Entity p = at(entities(text), text, "Andriy Kovalenko");
    assertEquals(EntityType.PERSON, p.type());
    assertActor(p, "UKR", "GOV");
    assertEquals("Andriy Kovalenko", p.actor().name());
    assertEquals("defence minister", p.actor().role());
  }

  @Test
  void titleCompoundGivesRoleAndDemonymCountry() {
    String text = "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday.";
    Entity p = at(entities(text), text, "Sergei Lavrov");
    assertActor(p, "RUS", "GOV");
    assertEquals("foreign minister", p.actor().role());
  }

  @Test
  void appositionAfterNameGivesRoleAndCountry() {
    String text = "Lavrov, Russia's foreign minister, rejected the proposal.";
    Entity p = at(entities(text), text, "Lavrov");
    assertActor(p, "RUS", "GOV");
    assertEquals("foreign minister", p.actor().role());
  }

  @Test
  void bareSurnameLaterTakesTheFullNamesActor() {
    String text = "Ukraine's defence minister, Andriy Kovalenko, met reporters on Friday. "
        + "Later, Kovalenko said the front line was stable.";
    Entity later = at(entities(text), text, "Kovalenko", 1);
    assertEquals(EntityType.PERSON, later.type());
    assertActor(later, "UKR", "GOV");
    assertEquals("Andriy Kovalenko", later.actor().name());
    assertEquals("defence minister", later.actor().role());
  }

  @Test
  void demonymBeforeGroupNounMakesAGroupActor() {
    String text = "Ukrainian troops pushed back Russian forces near the village.";
    List<Entity> es = entities(text);
    assertActor(at(es, text, "Ukrainian troops"), "UKR", "MIL");
    assertActor(at(es, text, "Russian forces"), "RUS", "MIL");
  }

  @Test
  void backedForcesAreNonStateWithTheBackersCountry() {
    String text = "Russian-backed forces shelled the town overnight.";
    Entity e = at(entities(text), text, "Russian-backed forces");
    assertActor(e, "RUS", "REB");
  }

  @Test
  void ledForcesKeepTheLeadersCountryAndSector() {
    String text = "Russian-led forces crossed the border.";
    Entity e = at(entities(text), text, "Russian-led forces");
    assertActor(e, "RUS", "MIL");
  }

  @Test
  void separatistsAreRebels() {
    String text = "Separatists seized the administration building.";
    assertActor(at(entities(text), text, "Separatists"), null, "REB");
  }

  @Test
  void possessiveCountryOwnsItsMilitary() {
    String text = "Ukraine's military said it had destroyed a bridge.";
    Entity e = at(entities(text), text, "Ukraine's military");
    assertEquals(EntityType.ORG, e.type());
    assertActor(e, "UKR", "MIL");
  }

  @Test
  void demonymAloneCarriesItsCountry() {
    String text = "Witnesses saw Russian helicopters above the river.";
    Entity e = at(entities(text), text, "Russian");
    assertEquals(EntityType.NORP, e.type());
    assertActor(e, "RUS", null);
  }

  @Test
  void internationalOrganisationIsAnActorWithTheIgoCode() {
    String text = "The U.N. Security Council extended the mandate of the mission.";
    Entity e = at(entities(text), text, "U.N. Security Council");
    assertEquals(EntityType.ORG, e.type());
    assertEquals("IGO", e.actor().country());
    assertEquals("UN Security Council", e.actor().name());
  }

  @Test
  void demonymInsideAnOrganisationChunkStillGivesTheTitleItsCountry() {
    String text = "British Defence Secretary Anna Pryce visited the troops.";
    Entity e = at(entities(text), text, "Anna Pryce");
    assertEquals("GBR", e.actor().country());
    assertEquals("GOV", e.actor().sector());
  }

  @Test
  void countryBeforeAnInstitutionIsItsCountry() {
    String text = "The US Congress voted on the bill.";
    List<Entity> found = entities(text);
    Entity congress = found.stream().filter(x -> x.text().endsWith("Congress")).findFirst().orElseThrow(() -> new AssertionError(found));
    assertEquals("USA", congress.actor().country());
  }

  @Test
  void leaderIsATitle() {
    String text = "Malian leader Amadou Keita met the envoy.";
    Entity e = at(entities(text), text, "Amadou Keita");
    assertEquals("MLI", e.actor().country());
    assertEquals("leader", e.actor().role());
  }

  @Test
  void namedArmedGroupHasItsCountryAndSector() {
    String text = "Hezbollah fired rockets at the border town.";
    Entity e = at(entities(text), text, "Hezbollah");
    assertEquals("LBN", e.actor().country());
    assertEquals("REB", e.actor().sector());
  }

  @Test
  void peopleNamedWithTheirCountryBelongToIt() {
    String text = "Bosnian Serbs blocked the road to the enclave.";
    List<Entity> found = entities(text);
    Entity e = found.stream().filter(x -> x.text().startsWith("Bosnian")).findFirst().orElseThrow(() -> new AssertionError(found));
    assertEquals("BIH", e.actor().country());
  }

  @Test
  void publicFigureWithoutTitleTakesTheCountryOfThePersonsTable() {
    String text = "Lukashenko met the delegation in Minsk on Friday.";
    Entity e = at(entities(text), text, "Lukashenko");
    assertEquals("BLR", e.actor().country());
  }

  @Test
  void titleInTheTextWinsOverThePersonsTable() {
    String text = "Polish envoy Olaf Scholz arrived in Vilnius.";
    Entity e = at(entities(text), text, "Olaf Scholz");
    assertEquals("POL", e.actor().country());
  }
}
