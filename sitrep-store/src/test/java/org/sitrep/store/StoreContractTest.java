package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;

/** The behaviour every back end must show; subclasses say where the empty database is. */
abstract class StoreContractTest {
  protected final FakeProcessor processor = new FakeProcessor();
  protected String location;
  protected Store store;

  /** A fresh, empty database location. */
  abstract String newLocation();

  @BeforeEach
  void open() {
    location = newLocation();
    store = Store.open(location);
  }

  @AfterEach
  void close() {
    store.close();
  }

  protected Article article(String id, String published, String... lines) {
    return new Article(id, String.join("\n", lines), published == null ? null : LocalDate.parse(published),
        "Title of " + id, "Test Wire", "https://example.org/" + id, "en");
  }

  protected Store.Saved save(Article a) { return store.save(a, processor.process(a)); }

  protected List<List<String>> query(String sql) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.add(rs.getString(i));
        rows.add(row);
      }
    }
    store.connection().commit();
    return rows;
  }

  @Test
  void savedArticleHasOneRowPerEventAndStatement() throws Exception {
    Store.Saved saved = save(article("a1", "2023-06-04",
        "Shelling hit Kharkiv.",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "Kharkivska", "RUS", "UKR"),
        "SAY Zelensky|UKR|accuse"));
    assertEquals(new Store.Saved(true, 1, 1), saved);
    assertEquals(List.of(List.of("a1", "ASSAULT", "195", "Kharkiv", "UA", "RUS", "UKR", "2023-06-03", "2023-06-03",
        "2023-06-03", "22", "27")), query("SELECT a.id, e.type, e.cameo, e.place_name, e.place_country, "
        + "e.actor_country, e.recipient_country, e.date_value, e.date_start, e.date_end, e.trigger_start, "
        + "e.trigger_end FROM events e JOIN articles a ON a.article_pk = e.article_pk"));
    assertEquals(List.of(List.of("Zelensky", "UKR", "accuse", "0")),
        query("SELECT speaker_name, speaker_country, stance, direct FROM statements"));
    List<List<String>> latLon = query("SELECT lat, lon FROM events");
    assertEquals(49.99, Double.parseDouble(latLon.get(0).get(0)), 1e-9);
    assertEquals(36.23, Double.parseDouble(latLon.get(0).get(1)), 1e-9);
  }

  @Test
  void eventWithoutTimeIsDatedByItsArticle() throws Exception {
    save(article("a1", "2023-06-04", FakeProcessor.event("ASSAULT", "195", "", "", 0, 0, "", "", "RUS", "")));
    assertEquals(List.of(Arrays.asList(null, "2023-06-04", "2023-06-04")),
        query("SELECT date_value, date_start, date_end FROM events"));
  }

  @Test
  void monthValueCoversTheWholeMonth() throws Exception {
    save(article("a1", null, FakeProcessor.event("ASSAULT", "195", "2023-02", "", 0, 0, "", "", "", "")));
    assertEquals(List.of(List.of("2023-02-01", "2023-02-28")), query("SELECT date_start, date_end FROM events"));
  }

  @Test
  void savingTheSameArticleAgainAddsNothing() {
    Article a = article("a1", "2023-06-04", FakeProcessor.event("ASSAULT", "195", "", "", 0, 0, "", "", "RUS", ""));
    assertTrue(save(a).added());
    assertTrue(store.contains("a1", Store.textHash(a.text())));
    assertEquals(new Store.Saved(false, 0, 0), save(a));
    assertEquals(new Store.Counts(1, 1, 0, 0), store.counts());
  }

  @Test
  void sameIdWithNewTextIsStoredAsAnotherVersion() {
    save(article("a1", null, "Troops advanced."));
    assertTrue(save(article("a1", null, "Troops advanced. Updated.")).added());
    assertEquals(2, store.counts().articles());
  }

  @Test
  void storedArticlesComeBackInIngestOrderWithTheirExtraction() {
    save(article("b", "2023-06-04", "First.", FakeProcessor.event("ATTACK", "190", "", "", 0, 0, "", "", "", "")));
    save(article("a", null, "Second."));
    List<StoredArticle> all = new ArrayList<>();
    store.forEachArticle(all::add);
    assertEquals(List.of("b", "a"), all.stream().map(s -> s.article().id()).toList());
    assertEquals("ATTACK", all.get(0).extraction().get("events").get(0).get("type").asText());
    assertEquals(LocalDate.parse("2023-06-04"), all.get(0).article().published());
    assertEquals("https://example.org/b", all.get(0).article().url());
    assertEquals(1, all.get(0).events().size());
    assertNull(all.get(0).clusterOf(0));
    assertEquals(0, all.get(1).events().size());
  }

  @Test
  void searchFindsArticlesByStemmedWords() {
    save(article("a1", null, "Drone strikes hit an oil depot near Novorossiysk."));
    save(article("a2", null, "Talks resumed in Istanbul."));
    assertEquals(List.of("a1"), store.search("drones striking", 10));
    assertEquals(List.of("a2"), store.search("istanbul", 10));
    assertEquals(List.of(), store.search("Kherson", 10));
  }

  @Test
  void reopeningKeepsTheDataAndTheSchema() {
    save(article("a1", null, "Troops advanced."));
    store.close();
    store = Store.openExisting(location);
    assertEquals(1, store.counts().articles());
  }

  private List<List<String>> clusters() throws Exception {
    return query("SELECT a.id, e.idx, e.cluster_id FROM events e JOIN articles a ON a.article_pk = e.article_pk "
        + "ORDER BY e.event_pk");
  }

  @Test
  void twoReportsOfTheSameShellingShareACluster() throws Exception {
    // Kharkiv and Chuhuiv are about 36 km apart; the dates are a day apart; both name Russian forces.
    save(article("wire", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "UKR")));
    save(article("paper", "2023-06-05",
        FakeProcessor.event("ASSAULT", "195", "2023-06-04", "Chuhuiv", 49.84, 36.69, "UA", "07", "RUS", "")));
    assertEquals(1, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    List<List<String>> c = clusters();
    assertEquals(c.get(0).get(2), c.get(1).get(2));
    assertEquals(List.of(List.of("ASSAULT", "2023-06-03", "2023-06-04", "2")),
        query("SELECT type, date_start, date_end, size FROM clusters"));
    List<StoredArticle> all = new ArrayList<>();
    store.forEachArticle(all::add);
    assertEquals(all.get(0).clusterOf(0), all.get(1).clusterOf(0));
    assertEquals(all.get(0).events().get(0).eventPk(), all.get(0).clusterOf(0), "a cluster is named by its first event");
  }

  @Test
  void eventsApartInTypePlaceTimeOrActorsStayApart() throws Exception {
    save(article("base", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")));
    save(article("otherType", null,
        FakeProcessor.event("PROTEST", "141", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")));
    save(article("farAway", null,
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Odesa", 46.48, 30.73, "UA", "18", "RUS", "")));
    save(article("weekLater", null,
        FakeProcessor.event("ASSAULT", "195", "2023-06-10", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")));
    save(article("otherActor", null,
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "UKR", "")));
    save(article("noPlace", "2023-06-03",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "", 0, 0, "", "", "RUS", "")));
    assertEquals(6, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    assertEquals(6, clusters().stream().map(r -> r.get(2)).distinct().count());
  }

  @Test
  void countryLevelPlaceJoinsAnEventInThatCountry() throws Exception {
    save(article("city", null,
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")));
    save(article("country", null,
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Ukraine", 49.0, 32.0, "UA", "", "RUS", "") + "|PCLI"));
    assertEquals(1, new Clusterer(ClusterRule.DEFAULT).recluster(store));
  }

  @Test
  void announcedMeetingAndItsReportWithNoPlaceShareAClusterByTheirNames() throws Exception {
    save(article("announce", "2023-06-02",
        FakeProcessor.named("CONSULT", "2023-06-03", "future", "Vladimir Putin", "Alexander Lukashenko")));
    save(article("report", "2023-06-03", FakeProcessor.named("CONSULT", "", "asserted", "Alexander Lukashenko")));
    // The same day, another meeting of the same president: the names it shares with the others are his alone.
    save(article("otherCall", "2023-06-03",
        FakeProcessor.named("CONSULT", "2023-06-03", "asserted", "Vladimir Putin", "Emmanuel Macron")));
    assertEquals(2, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    List<List<String>> c = clusters();
    assertEquals(c.get(0).get(2), c.get(1).get(2));
    assertTrue(!c.get(2).get(2).equals(c.get(0).get(2)));
  }

  @Test
  void aNameEveryReportCarriesTiesNothing() throws Exception {
    for (String id : List.of("r1", "r2", "r3", "r4")) {
      save(article(id, "2023-06-03", FakeProcessor.named("CONSULT", "2023-06-03", "asserted", "Vladimir Putin")));
    }
    assertEquals(4, new Clusterer(ClusterRule.DEFAULT).recluster(store));
  }

  @Test
  void aCountryLevelPlaceAloneTiesNothing() throws Exception {
    // Where the president sits, not where anything happened: two meetings told from Moscow the same day.
    save(article("m1", "2023-06-03",
        FakeProcessor.event("CONSULT", "040", "2023-06-03", "Russia", 60.0, 100.0, "RU", "", "", "") + "|PCLI"));
    save(article("m2", "2023-06-03",
        FakeProcessor.event("CONSULT", "040", "2023-06-03", "Russia", 60.0, 100.0, "RU", "", "", "") + "|PCLI"));
    assertEquals(2, new Clusterer(ClusterRule.DEFAULT).recluster(store));
  }

  @Test
  void statedDatesADayApartJoinOnlyAtOneSpot() throws Exception {
    save(article("day1", "2023-06-05",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Ukraine", 49.0, 32.0, "UA", "", "RUS", "") + "|PCLI"));
    save(article("day2", "2023-06-05",
        FakeProcessor.event("ASSAULT", "195", "2023-06-04", "Ukraine", 49.0, 32.0, "UA", "", "RUS", "") + "|PCLI"));
    assertEquals(2, new Clusterer(ClusterRule.DEFAULT).recluster(store));
  }

  @Test
  void aMonthLongDateStaysAlone() throws Exception {
    save(article("day", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")));
    save(article("month", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")));
    assertEquals(2, new Clusterer(ClusterRule.DEFAULT).recluster(store));
  }

  @Test
  void eventRowsKeepTheNamesOfTheirSentenceWithoutTitles() throws Exception {
    save(article("n", "2023-06-03", FakeProcessor.named("CONSULT", "2023-06-03", "asserted", "President Emmanuel Macron")));
    assertEquals(List.of(List.of("emmanuel macron")), query("SELECT names FROM events"));
  }

  @Test
  void twoMeetingsInOneCityOnOneDayAreToldApartByWhoMet() throws Exception {
    // Talk (CAMEO 040, consult) at one spot the same day: the place ties nothing, the names do.
    String moscow = FakeProcessor.event("CONSULT", "040", "2023-06-03", "Moscow", 55.75, 37.62, "RU", "48", "RUS", "")
        + "|PPLC|asserted||";
    save(article("talksA", "2023-06-03", moscow + "Olaf Scholz"));
    save(article("pressA", "2023-06-03", moscow + "Olaf Scholz"));
    save(article("talksB", "2023-06-03", moscow + "Jair Bolsonaro"));
    assertEquals(2, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    List<List<String>> c = clusters();
    assertEquals(c.get(0).get(2), c.get(1).get(2));
    assertTrue(!c.get(2).get(2).equals(c.get(0).get(2)));
  }

  @Test
  void aVagueReportDoesNotChainMeetingsInTwoCitiesIntoOne() throws Exception {
    // The press review names both visitors and no place: it matches each meeting, but they are 750 km apart.
    save(article("moscow", "2023-06-03", FakeProcessor.event("CONSULT", "040", "2023-06-03", "Moscow", 55.75, 37.62,
        "RU", "48", "", "") + "|PPLC|asserted||Olaf Scholz"));
    save(article("review", "2023-06-03", FakeProcessor.event("CONSULT", "040", "2023-06-03", "", 0, 0, "", "", "", "")
        + "||asserted||Olaf Scholz,Volodymyr Zelenskyy"));
    save(article("kyiv", "2023-06-03", FakeProcessor.event("CONSULT", "040", "2023-06-03", "Kyiv", 50.45, 30.52,
        "UA", "12", "", "") + "|PPLC|asserted||Volodymyr Zelenskyy"));
    assertEquals(2, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    List<List<String>> c = clusters();
    assertTrue(!c.get(0).get(2).equals(c.get(2).get(2)), "the two meetings stay apart: " + c);
  }

  @Test
  void aCallAndAMeetingInPersonStayApartEvenThroughTalksThatMatchBoth() throws Exception {
    // The visit, the talks it held, and the next day's call with the same leader.
    save(article("visit", "2023-06-03", FakeProcessor.event("CONSULT", "042", "", "", 0, 0, "", "", "", "")
        + "||asserted||Naftali Bennett"));
    save(article("talks", "2023-06-03", FakeProcessor.event("CONSULT", "046", "", "", 0, 0, "", "", "", "")
        + "||asserted||Naftali Bennett,Dmitry Peskov"));
    save(article("call", "2023-06-04", FakeProcessor.event("CONSULT", "041", "", "", 0, 0, "", "", "", "")
        + "||asserted||Dmitry Peskov"));
    assertEquals(2, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    List<List<String>> c = clusters();
    assertTrue(!c.get(0).get(2).equals(c.get(2).get(2)), "the visit and the call stay apart: " + c);
  }

  @Test
  void talkPlacedInACountryByATitleStillJoinsTheTalksInACity() throws Exception {
    // "the President of Russia informed him of the talks in Istanbul": the country came from the title.
    save(article("city", "2023-06-03", FakeProcessor.event("CONSULT", "046", "2023-06-03", "Istanbul", 41.01, 28.95,
        "TR", "34", "", "") + "|PPLA|asserted||Mykhailo Podolyak"));
    save(article("title", "2023-06-03", FakeProcessor.event("CONSULT", "046", "2023-06-03", "Russia", 60.0, 100.0,
        "RU", "", "", "") + "|PCLI|asserted||Mykhailo Podolyak"));
    // An action is still kept apart by its country.
    save(article("shellingUa", "2023-06-03", FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99,
        36.23, "UA", "07", "", "") + "|PPLA|asserted||Oleh Syniehubov"));
    save(article("shellingRu", "2023-06-03", FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Russia", 60.0,
        100.0, "RU", "", "", "") + "|PCLI|asserted||Oleh Syniehubov"));
    assertEquals(3, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    List<List<String>> c = clusters();
    assertEquals(c.get(0).get(2), c.get(1).get(2));
    assertTrue(!c.get(2).get(2).equals(c.get(3).get(2)));
  }

  @Test
  void aShellingAtOneSpotIsStillTiedByThePlace() throws Exception {
    String kharkiv = FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")
        + "|PPLA|asserted||";
    save(article("a", "2023-06-03", kharkiv + "Oleh Syniehubov"));
    save(article("b", "2023-06-03", kharkiv + "Ihor Terekhov"));
    assertEquals(1, new Clusterer(ClusterRule.DEFAULT).recluster(store));
  }

  @Test
  void namesAreTheCapitalisedWordsSoACommonNounTiesNothing() throws Exception {
    save(article("c1", "2023-06-03", FakeProcessor.named("CONSULT", "2023-06-03", "asserted", "the leaders", "Emmanuel Macron")));
    save(article("c2", "2023-06-03", FakeProcessor.named("CONSULT", "2023-06-03", "asserted", "the leaders")));
    assertEquals(List.of(List.of("emmanuel macron"), java.util.Arrays.asList((String) null)),
        query("SELECT names FROM events ORDER BY event_pk"));
    assertEquals(2, new Clusterer(ClusterRule.DEFAULT).recluster(store));
  }

  /** One line per dispute: "field: value=article/speaker,... | value=...". */
  private static String disputes(com.fasterxml.jackson.databind.node.ObjectNode claims) {
    List<String> lines = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode d : claims.get("disputes")) {
      List<String> values = new ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode c : d.get("claims")) {
        List<String> by = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode r : c.get("by")) {
          by.add(r.get("article").asText() + "/" + (r.get("speaker").isNull() ? "-" : r.get("speaker").asText()));
        }
        values.add(c.get("value").asText() + "=" + String.join(",", by));
      }
      lines.add(d.get("field").asText() + ": " + String.join(" | ", values));
    }
    return String.join("\n", lines);
  }

  @Test
  void clusterClaimsKeepDisagreeingReportsSideBySide() throws Exception {
    save(article("kyivWire", "2023-06-04", "SAY Zelensky|UKR|accuse", FakeProcessor.reported(
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "UKR"),
        "asserted", 0)));
    save(article("paper", "2023-06-05",
        FakeProcessor.event("ASSAULT", "195", "2023-06-04", "Chuhuiv", 49.84, 36.69, "UA", "07", "RUS", "")));
    // Blames the other side for the same shelling: the clusterer keeps it apart, the claims bring it back.
    save(article("moscowWire", "2023-06-04", "SAY Peskov|RUS|accuse", FakeProcessor.reported(
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "UKR", ""),
        "asserted", 0)));
    save(article("denial", "2023-06-04", "SAY Shoigu|RUS|deny", FakeProcessor.reported(
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", ""),
        "negated", 0)));
    save(article("odesa", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Odesa", 46.48, 30.73, "UA", "18", "UKR", "")));
    new Clusterer(ClusterRule.DEFAULT).recluster(store);
    long cluster = Long.parseLong(clusters().get(0).get(2));
    var claims = new StoreReader(store).claims(cluster).orElseThrow();
    assertEquals(2, claims.get("reports").asInt());
    assertEquals(2, claims.get("rivals").asInt());
    assertEquals(String.join("\n",
        "actor: RUS=kyivWire/Zelensky,paper/-,denial/Shoigu | UKR=moscowWire/Peskov",
        "modality: asserted=kyivWire/Zelensky,paper/-,moscowWire/Peskov | negated=denial/Shoigu",
        "date: 2023-06-03=kyivWire/Zelensky,moscowWire/Peskov,denial/Shoigu | 2023-06-04=paper/-",
        "place: Kharkiv=kyivWire/Zelensky,moscowWire/Peskov,denial/Shoigu | Chuhuiv=paper/-"), disputes(claims));
    assertEquals("Test Wire", claims.get("disputes").get(0).get("claims").get(1).get("by").get(0).get("source").asText());
    assertEquals(false, claims.get("disputes").get(0).get("claims").get(1).get("by").get(0).get("inCluster").asBoolean());
  }

  @Test
  void reportsThatAgreeOrOnlyAddDetailHaveNoDisputes() throws Exception {
    save(article("wire", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")));
    // The paper gives no date (it is dated by its publication, a day later) and adds the recipient.
    save(article("paper", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "UKR")));
    save(article("country", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Ukraine", 49.0, 32.0, "UA", "", "RUS", "") + "|PCLI"));
    assertEquals(1, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    long cluster = Long.parseLong(clusters().get(0).get(2));
    var claims = new StoreReader(store).claims(cluster).orElseThrow();
    assertEquals(3, claims.get("reports").asInt());
    assertEquals("", disputes(claims));
  }

  @Test
  void talksToldFromEitherSideAreNoDispute() throws Exception {
    save(article("moscow", "2023-06-04",
        FakeProcessor.event("CONSULT", "040", "2023-06-03", "Istanbul", 41.01, 28.98, "TR", "34", "RUS", "UKR")));
    save(article("kyiv", "2023-06-04",
        FakeProcessor.event("CONSULT", "040", "2023-06-03", "Istanbul", 41.01, 28.98, "TR", "34", "UKR", "RUS")));
    new Clusterer(ClusterRule.DEFAULT).recluster(store);
    long cluster = Long.parseLong(clusters().get(0).get(2));
    var claims = new StoreReader(store).claims(cluster).orElseThrow();
    assertEquals(1, claims.get("rivals").asInt());
    assertEquals("", disputes(claims));
  }

  @Test
  void partnersNamedApartInCooperationAreNoDispute() throws Exception {
    // The fake gives every event Goldstein -10; a cooperative event's score is positive.
    save(article("moscow", "2023-06-04",
        FakeProcessor.event("CONSULT", "040", "2023-06-03", "Istanbul", 41.01, 28.98, "TR", "34", "RUS", "")));
    save(article("kyiv", "2023-06-04",
        FakeProcessor.event("CONSULT", "040", "2023-06-03", "Istanbul", 41.01, 28.98, "TR", "34", "UKR", "")));
    try (PreparedStatement ps = store.connection().prepareStatement("UPDATE events SET goldstein = 1.0")) {
      ps.executeUpdate();
    }
    store.connection().commit();
    new Clusterer(ClusterRule.DEFAULT).recluster(store);
    long cluster = Long.parseLong(clusters().get(0).get(2));
    var claims = new StoreReader(store).claims(cluster).orElseThrow();
    assertEquals(1, claims.get("rivals").asInt());
    assertEquals("", disputes(claims));
  }

  @Test
  void oneArticleGivingTwoDatesIsNoDispute() throws Exception {
    save(article("wire", "2023-06-05",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", ""),
        FakeProcessor.event("ASSAULT", "195", "2023-06-04", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "")));
    assertEquals(1, new Clusterer(ClusterRule.DEFAULT).recluster(store));
    long cluster = Long.parseLong(clusters().get(0).get(2));
    assertEquals("", disputes(new StoreReader(store).claims(cluster).orElseThrow()));
  }

  @Test
  void unknownClusterHasNoClaims() {
    assertTrue(new StoreReader(store).claims(42).isEmpty());
  }

  private static String narrative(com.fasterxml.jackson.databind.node.ObjectNode n) {
    List<String> out = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode s : n.get("statements")) {
      out.add(s.get("article").get("published").asText() + " " + s.get("stance").asText()
          + (s.get("shift").isNull() ? "" : " [" + s.get("shift").asText() + "]"));
    }
    return String.join("; ", out);
  }

  @Test
  void narrativeFlagsATurnFromAssertingToDenyingOnOneTarget() {
    save(article("n1", "2023-06-01", "SAY Peskov|RUS|assert|Wagner|RUS"));
    save(article("n3", "2023-06-20", "SAY Peskov|RUS|deny|Wagner|RUS"));
    save(article("n2", "2023-06-10", "SAY Peskov|RUS|confirm|Wagner|RUS", "SAY Peskov|RUS|warn|Wagner|RUS"));
    save(article("n4", "2023-06-21", "SAY Peskov|RUS|deny|NATO|", "SAY Kuleba|UKR|deny|Wagner|RUS"));
    List<com.fasterxml.jackson.databind.node.ObjectNode> ns =
        new StoreReader(store).narratives(new StatementQuery("peskov", null, null, null, 100, 0));
    assertEquals(2, ns.size());
    assertEquals("Peskov", ns.get(0).get("speaker").asText());
    assertEquals("Wagner", ns.get(0).get("target").get("name").asText());
    assertEquals(1, ns.get(0).get("shifts").asInt());
    assertEquals("2023-06-01 assert; 2023-06-10 confirm; 2023-06-10 warn; 2023-06-20 deny [confirm -> deny]",
        narrative(ns.get(0)));
    assertEquals("NATO", ns.get(1).get("target").get("name").asText());
    assertEquals("2023-06-21 deny", narrative(ns.get(1)));
  }

  @Test
  void statementsWithoutATargetAreNeverAShift() {
    save(article("n1", "2023-06-01", "SAY Peskov|RUS|assert"));
    save(article("n2", "2023-06-02", "SAY Peskov|RUS|deny"));
    List<com.fasterxml.jackson.databind.node.ObjectNode> ns =
        new StoreReader(store).narratives(new StatementQuery("Peskov", null, null, null, 100, 0));
    assertEquals(1, ns.size());
    assertTrue(ns.get(0).get("target").isNull());
    assertEquals("2023-06-01 assert; 2023-06-02 deny", narrative(ns.get(0)));
  }

  @Test
  void timelineCountsDaysAndLeavesMonthDatedEventsAside() {
    save(article("a1", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "", "RUS", "UKR"),
        FakeProcessor.event("ASSAULT", "195", "2023-06", "Kharkiv", 49.99, 36.23, "UA", "", "RUS", "UKR")));
    save(article("a2", "2023-06-05",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Izium", 49.2, 37.27, "UA", "", "RUS", "UKR")));
    var t = new StoreSummaries(store).timeline(EventQuery.all(1));
    assertEquals("[{\"date\":\"2023-06-03\",\"type\":\"ASSAULT\",\"events\":2,\"event\":1}]", t.get("items").toString());
    assertEquals(1, t.get("coarse").asInt());
  }

  @Test
  void timelineByQuadClassFollowsTheCameoRoot() {
    save(article("a1", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "", 0, 0, "", "", "RUS", "UKR"),
        FakeProcessor.event("CONSULT", "040", "2023-06-03", "", 0, 0, "", "", "UKR", ""),
        FakeProcessor.event("AID", "070", "2023-06-03", "", 0, 0, "", "", "UKR", "")));
    var items = new StoreSummaries(store).timeline(EventQuery.all(1), true).get("items");
    List<String> rows = new ArrayList<>();
    items.forEach(d -> rows.add(d.get("quadClass").asText() + " " + d.get("events").asInt()));
    assertEquals(List.of("material conflict 1", "material cooperation 1", "verbal cooperation 1"), rows);
  }

  @Test
  void escalationAddsUpGoldsteinPerDyadAndDay() {
    save(article("a1", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "", 0, 0, "", "", "RUS", "UKR"),
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "", 0, 0, "", "", "RUS", "UKR"),
        FakeProcessor.event("ASSAULT", "195", "2023-06-04", "", 0, 0, "", "", "UKR", "")));
    var lines = new StoreSummaries(store).escalation(EventQuery.all(1), 5);
    assertEquals("{\"actor\":\"RUS\",\"recipient\":\"UKR\",\"events\":2,\"days\":[{\"date\":\"2023-06-03\","
        + "\"sum\":-20.0,\"mean\":-10.0,\"events\":2}]}", lines.get(0).toString());
    assertEquals("UKR -> ?", lines.get(1).get("actor").asText() + " -> " + lines.get(1).get("recipient").asText());
  }

  @Test
  void placesAndActorsAreCountedUnderTheEventFilters() {
    save(article("a1", "2023-06-04",
        FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "", "RUS", "UKR"),
        FakeProcessor.event("PROTEST", "141", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "", "UKR", "")));
    save(article("a2", "2023-06-05",
        FakeProcessor.event("ASSAULT", "195", "2023-06-05", "Belgorod", 50.6, 36.59, "RU", "", "UKR", "RUS")));
    StoreSummaries summaries = new StoreSummaries(store);
    ResultPage places = summaries.places(EventQuery.all(10));
    assertEquals(2, places.total());
    assertEquals("Kharkiv 2 {\"ASSAULT\":1,\"PROTEST\":1}", places.items().get(0).get("name").asText() + " "
        + places.items().get(0).get("events") + " " + places.items().get(0).get("types"));
    ResultPage assaults = summaries.actors(new EventQuery("ASSAULT", null, null, null, null, null, null, null, 10, 0));
    List<String> rows = assaults.items().stream().map(a -> a.get("name").asText() + " " + a.get("asActor") + "/"
        + a.get("asRecipient")).toList();
    assertEquals(List.of("RUS forces 1/1", "UKR forces 1/1"), rows);
  }

  @Test
  void stancesPerSpeakerCountDenials() {
    save(article("a1", "2023-06-04", "SAY Peskov|RUS|deny", "SAY Peskov|RUS|assert", "SAY Kuleba|UKR|accuse"));
    save(article("a2", "2023-06-06", "SAY Peskov|RUS|deny"));
    var speakers = new StoreSummaries(store).stances(new StatementQuery(null, null, null, null, 10, 0), 5);
    assertEquals("Peskov", speakers.get(0).get("speaker").asText());
    assertEquals(2, speakers.get(0).get("denials").asInt());
    assertEquals(List.of("2023-06-04 assert", "2023-06-04 deny", "2023-06-06 deny"), speakers.get(0).get("points")
        .valueStream().map(p -> p.get("date").asText() + " " + p.get("stance").asText()).toList());
    assertEquals(1, speakers.get(1).get("accusations").asInt());
  }
}
