package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.ExtractFixtures.article;
import static org.sitrep.server.ExtractFixtures.event;
import static org.sitrep.server.ExtractFixtures.extraction;
import static org.sitrep.server.ExtractFixtures.statement;
import static org.sitrep.server.ExtractFixtures.withRecipient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ClusterRule;
import org.sitrep.store.Clusterer;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;

/** The API over a small SQLite store filled with hand-written extract objects, on a free port. */
class SitrepServerTest {
  private static final ObjectMapper MAPPER = ExtractFixtures.MAPPER;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SHELLING = "Officials in Kharkiv said shelling hit a school on Tuesday.";
  private static final String TALKS = "The minister said Kyiv would not attend the talks in Geneva.";
  private static final String SCRIPTED = "<script>alert('x')</script> Drones struck a depot near Odesa & Mykolaiv.";

  @TempDir static Path dir;
  private static Store store;
  private static SitrepServer server;
  private static final StringWriter errorLog = new StringWriter();

  @BeforeAll
  static void start() {
    store = Store.open(dir.resolve("server-test.db").toString());
    store.save(article("shelling", SHELLING, "2023-06-06"), extraction(
        withRecipient(event("ASSAULT", "195", "asserted", SHELLING, "shelling", "Kharkiv", "UA", 49.99, 36.23, "RUS",
            "2023-06-06"), "Ukraine", "UKR"),
        statement(SHELLING, "Officials", "said", "assert")));
    store.save(article("talks", TALKS, "2023-06-07"), extraction(
        event("CONSULT", "040", "negated", TALKS, "attend", "Geneva", "CH", 46.2, 6.14, "UKR", null),
        statement(TALKS, "The minister", "said", "deny")));
    store.save(article("scripted", SCRIPTED, "2023-06-08"), extraction(
        withRecipient(event("ASSAULT", "195", "asserted", SCRIPTED, "struck", "Odesa", "UA", 46.48, 30.72, "RUS",
            "2023-06-08"), "Ukraine", "UKR"),
        MAPPER.createArrayNode()));
    new Clusterer(ClusterRule.DEFAULT).recluster(store);
    server = new SitrepServer(new StoreReader(store), new PrintWriter(errorLog)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void healthIsOk() throws Exception {
    HttpResponse<String> r = get("/api/health");
    assertEquals(200, r.statusCode());
    assertEquals("{\"status\":\"ok\"}", r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void eventsFilterByTypeAndCountry() throws Exception {
    JsonNode all = json(get("/api/events"), 200);
    assertEquals(3, all.get("total").asInt());
    JsonNode ukraine = json(get("/api/events?type=assault&country=UA&from=2023-06-07"), 200);
    assertEquals(1, ukraine.get("total").asInt());
    JsonNode e = ukraine.get("items").get(0);
    assertEquals("ASSAULT", e.get("type").asText());
    assertEquals("Odesa", e.get("place").get("name").asText());
    assertEquals("scripted", e.get("article").get("id").asText());
    assertEquals("2023-06-08", e.get("date").get("start").asText());
  }

  @Test
  void eventsFilterByActorCountryModalityAndText() throws Exception {
    assertEquals(2, json(get("/api/events?country=rus"), 200).get("total").asInt());
    assertEquals("CONSULT", json(get("/api/events?modality=negated"), 200).get("items").get(0).get("type").asText());
    JsonNode byText = json(get("/api/events?q=" + enc("school Kharkiv")), 200);
    assertEquals(1, byText.get("total").asInt());
    assertEquals("shelling", byText.get("items").get(0).get("article").get("id").asText());
    assertEquals(0, json(get("/api/events?actor=" + enc("100%_")), 200).get("total").asInt());
  }

  @Test
  void eventsArePaged() throws Exception {
    JsonNode page = json(get("/api/events?limit=1&offset=1"), 200);
    assertEquals(3, page.get("total").asInt());
    assertEquals(1, page.get("limit").asInt());
    assertEquals(1, page.get("offset").asInt());
    assertEquals(1, page.get("items").size());
  }

  @Test
  void badLimitIsA400NamingIt() throws Exception {
    JsonNode error = json(get("/api/events?limit=lots"), 400);
    assertEquals("parameter \"limit\": \"lots\" is not a whole number from 1 to 1000", error.get("error").asText());
  }

  @Test
  void badDateAndModalityAndUnknownParameterAreNamed() throws Exception {
    assertTrue(json(get("/api/events?from=2023-13-40"), 400).get("error").asText().startsWith("parameter \"from\""));
    assertTrue(json(get("/api/events?modality=maybe"), 400).get("error").asText().startsWith("parameter \"modality\""));
    assertTrue(json(get("/api/events?tpye=ASSAULT"), 400).get("error").asText().startsWith("parameter \"tpye\""));
    assertTrue(json(get("/api/events?from=2023-06-09&to=2023-06-01"), 400).get("error").asText()
        .startsWith("parameter \"from\""));
    assertTrue(json(get("/api/events/abc"), 400).get("error").asText().startsWith("parameter \"id\""));
    assertTrue(json(get("/api/search"), 400).get("error").asText().startsWith("parameter \"q\""));
  }

  @Test
  void unknownIdsAre404() throws Exception {
    assertEquals("no event with id 999999", json(get("/api/events/999999"), 404).get("error").asText());
    assertEquals("no article with id \"nope\"", json(get("/api/articles/nope"), 404).get("error").asText());
    assertTrue(json(get("/api/nothing"), 404).get("error").asText().contains("/api/nothing"));
  }

  @Test
  void eventDetailCarriesArticleTextAndEvidence() throws Exception {
    long id = json(get("/api/events?type=CONSULT"), 200).get("items").get(0).get("id").asLong();
    JsonNode detail = json(get("/api/events/" + id), 200);
    assertEquals(id, detail.get("event").get("id").asLong());
    JsonNode report = detail.get("reports").get(0);
    assertEquals(TALKS, report.get("article").get("text").asText());
    List<String> kinds = new ArrayList<>();
    for (JsonNode span : report.get("evidence")) {
      kinds.add(span.get("kind").asText() + ":" + TALKS.substring(span.get("start").asInt(), span.get("end").asInt()));
    }
    assertTrue(kinds.contains("trigger:attend"), kinds.toString());
    assertTrue(kinds.contains("place:Geneva"), kinds.toString());
    assertTrue(kinds.contains("speaker:The minister"), kinds.toString());
    assertTrue(kinds.contains("cue:said"), kinds.toString());
  }

  @Test
  void markupInArticlesComesBackEscaped() throws Exception {
    HttpResponse<String> r = get("/api/articles/scripted");
    assertEquals(200, r.statusCode());
    assertFalse(r.body().contains("<script>"), r.body());
    assertTrue(r.body().contains("\\u003cscript\\u003e"), r.body());
    assertEquals(SCRIPTED, MAPPER.readTree(r.body()).get("text").asText());
  }

  @Test
  void statementsFilterBySpeakerAndStance() throws Exception {
    JsonNode denials = json(get("/api/statements?stance=deny"), 200);
    assertEquals(1, denials.get("total").asInt());
    assertEquals("The minister", denials.get("items").get(0).get("speaker").get("name").asText());
    assertEquals(1, json(get("/api/statements?speaker=officials"), 200).get("total").asInt());
    assertTrue(json(get("/api/statements?stance=shout"), 400).get("error").asText().startsWith("parameter \"stance\""));
  }

  @Test
  void articlesAndSearchFindByWords() throws Exception {
    assertEquals(3, json(get("/api/articles"), 200).get("total").asInt());
    JsonNode found = json(get("/api/search?q=Geneva"), 200);
    assertEquals("talks", found.get("articles").get("items").get(0).get("id").asText());
    assertEquals("CONSULT", found.get("events").get("items").get(0).get("type").asText());
    // FTS5 syntax typed by a user is searched as words, not run as a query.
    assertEquals(200, get("/api/search?q=" + enc("NEAR(\"x\" OR *")).statusCode());
  }

  @Test
  void writesAreRefused() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/events"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, r.statusCode());
  }

  @Test
  void oversizedBodyIsRefused() throws Exception {
    String answer = RawHttp.declaredBody(server.port(), "GET", "/api/events", SitrepServer.MAX_REQUEST_BYTES + 1, null);
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
  }

  @Test
  void dashboardIsServedWithSecurityHeaders() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("app.js"), r.body());
    assertEquals(SitrepServer.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
  }

  @Test
  void staticFilesCannotEscapeTheirFolder() throws Exception {
    for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/static/../../etc/passwd",
        "/..%2f..%2f..%2fetc%2fpasswd", "/../org/sitrep/server/SitrepServer.class",
        "/%2e%2e/org/sitrep/server/SitrepServer.class")) {
      String answer = RawHttp.get(server.port(), path);
      String status = answer.substring(0, answer.indexOf("\r\n"));
      assertFalse(status.contains(" 200 "), path + " -> " + status);
      assertFalse(answer.contains("root:"), path);
      assertFalse(answer.contains("SitrepServer"), path);
    }
  }

  @Test
  void unexpectedFailureIs500WithoutDetails() throws Exception {
    Store broken = Store.open(dir.resolve("closed.db").toString());
    broken.close();
    StringWriter log = new StringWriter();
    try (SitrepServer s = new SitrepServer(new StoreReader(broken), new PrintWriter(log)).start("127.0.0.1", 0)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
          + "/api/events")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(500, r.statusCode());
      assertEquals("internal error; the server log has the details", MAPPER.readTree(r.body()).get("error").asText());
      assertFalse(r.body().contains("Exception"), r.body());
      assertTrue(log.toString().contains("GET /api/events failed"), log.toString());
    }
  }

  @Test
  void dashboardCodeWritesTextNeverMarkup() throws Exception {
    Path src = Path.of("src/main/frontend/src");
    List<Path> files;
    try (Stream<Path> s = Files.walk(src)) {
      files = s.filter(p -> p.toString().endsWith(".js")).toList();
    }
    assertFalse(files.isEmpty());
    boolean usesTextContent = false;
    for (Path f : files) {
      String code = Files.readString(f);
      for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", ".html(", "eval(")) {
        assertFalse(code.contains(sink), f + " uses " + sink);
      }
      usesTextContent |= code.contains("textContent") || code.contains(".text(");
    }
    assertTrue(usesTextContent);
  }

  @Test
  void actorsAreCountedWithTheirRoles() throws Exception {
    JsonNode page = json(get("/api/actors"), 200);
    assertEquals(3, page.get("total").asInt());
    JsonNode first = page.get("items").get(0);
    assertEquals("RUS forces", first.get("name").asText());
    assertEquals(2, first.get("events").asInt());
    assertEquals(2, first.get("asActor").asInt());
    assertEquals(-5.0, first.get("goldsteinMean").asDouble());
    // The filters pick events; the actors of those events are counted (here the attacker and the attacked).
    JsonNode ofUkraine = json(get("/api/actors?actor=ukraine"), 200).get("items");
    assertEquals("RUS forces", ofUkraine.get(0).get("name").asText());
    assertEquals("Ukraine", ofUkraine.get(1).get("name").asText());
    assertEquals(2, ofUkraine.get(1).get("asRecipient").asInt());
    assertEquals(1, json(get("/api/actors?limit=1&offset=2"), 200).get("items").size());
  }

  @Test
  void placesAreCountedWithCoordinatesAndFiltered() throws Exception {
    JsonNode page = json(get("/api/places?type=ASSAULT"), 200);
    assertEquals(2, page.get("total").asInt());
    List<String> names = new ArrayList<>();
    for (JsonNode p : page.get("items")) names.add(p.get("name").asText());
    assertEquals(List.of("Kharkiv", "Odesa"), names);
    JsonNode kharkiv = page.get("items").get(0);
    assertEquals(49.99, kharkiv.get("lat").asDouble());
    assertEquals(1, kharkiv.get("events").asInt());
    assertEquals("ASSAULT", kharkiv.get("mainType").asText());
    assertEquals(1, json(get("/api/places?place=gene"), 200).get("total").asInt());
  }

  @Test
  void timelineCountsEventsPerDayAndType() throws Exception {
    JsonNode t = json(get("/api/timeline"), 200);
    List<String> rows = new ArrayList<>();
    for (JsonNode d : t.get("items")) rows.add(d.get("date").asText() + " " + d.get("type").asText() + " " + d.get("events").asInt());
    // The talks have no time of their own: they are dated by their article, as in the listing.
    assertEquals(List.of("2023-06-06 ASSAULT 1", "2023-06-07 CONSULT 1", "2023-06-08 ASSAULT 1"), rows);
    assertEquals(1, json(get("/api/timeline?from=2023-06-08"), 200).get("items").size());
    assertEquals(0, t.get("coarse").asInt());
    JsonNode quad = json(get("/api/timeline?by=quad"), 200).get("items");
    assertEquals("2023-06-06 material conflict", quad.get(0).get("date").asText() + " " + quad.get(0).get("quadClass").asText());
    assertEquals("2023-06-07 verbal cooperation", quad.get(1).get("date").asText() + " " + quad.get(1).get("quadClass").asText());
    assertTrue(json(get("/api/timeline?by=week"), 400).get("error").asText().startsWith("parameter \"by\""));
    assertTrue(json(get("/api/timeline?limit=3"), 400).get("error").asText().startsWith("parameter \"limit\""));
  }

  @Test
  void escalationSumsGoldsteinPerDyadAndDay() throws Exception {
    JsonNode e = json(get("/api/escalation"), 200);
    assertEquals("goldstein-sum", e.get("score").asText());
    JsonNode dyad = e.get("items").get(0);
    assertEquals("RUS -> UKR", dyad.get("actor").asText() + " -> " + dyad.get("recipient").asText());
    assertEquals(2, dyad.get("events").asInt());
    assertEquals("2023-06-06", dyad.get("days").get(0).get("date").asText());
    assertEquals(-5.0, dyad.get("days").get(0).get("sum").asDouble());
    // The talks' actor acts on no one: a dyad with "?" for the recipient.
    assertEquals("UKR -> ?", e.get("items").get(1).get("actor").asText() + " -> " + e.get("items").get(1).get("recipient").asText());
    assertEquals(2, e.get("items").size());
    assertTrue(json(get("/api/escalation?dyads=99"), 400).get("error").asText().startsWith("parameter \"dyads\""));
  }

  @Test
  void stancesOverTimeMarkDenials() throws Exception {
    JsonNode items = json(get("/api/stances?actor=minister"), 200).get("items");
    assertEquals(1, items.size());
    assertEquals("The minister", items.get(0).get("speaker").asText());
    assertEquals(1, items.get(0).get("denials").asInt());
    JsonNode point = items.get(0).get("points").get(0);
    assertEquals("2023-06-07 deny", point.get("date").asText() + " " + point.get("stance").asText());
  }

  @Test
  void statementsAndArticlesTakeTheSharedFilters() throws Exception {
    assertEquals(1, json(get("/api/statements?actor=offic&q=school"), 200).get("total").asInt());
    assertEquals(0, json(get("/api/statements?actor=offic&q=Geneva"), 200).get("total").asInt());
    JsonNode articles = json(get("/api/articles?type=consult&place=gen"), 200);
    assertEquals(1, articles.get("total").asInt());
    assertEquals("talks", articles.get("items").get(0).get("id").asText());
    assertEquals(2, json(get("/api/articles?actor=ukraine"), 200).get("total").asInt());
    assertTrue(json(get("/api/articles?type=a-b"), 400).get("error").asText().startsWith("parameter \"type\""));
  }

  @Test
  void claimsOfAClusterOrA404() throws Exception {
    long cluster = json(get("/api/events?type=CONSULT"), 200).get("items").get(0).get("cluster").asLong();
    JsonNode claims = json(get("/api/clusters/" + cluster + "/claims"), 200);
    assertEquals(cluster, claims.get("cluster").asLong());
    assertEquals("no cluster with id 999999", json(get("/api/clusters/999999/claims"), 404).get("error").asText());
    assertTrue(json(get("/api/clusters/x/claims"), 400).get("error").asText().startsWith("parameter \"id\""));
  }

  @Test
  void openApiDescribesExactlyTheRegisteredRoutes() throws Exception {
    JsonNode doc = json(get("/api/openapi.json"), 200);
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    List<String> described = new ArrayList<>();
    doc.get("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(op -> described.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
    assertEquals(server.routeList().stream().sorted().toList(), described.stream().sorted().toList());
  }

  @Test
  void openApiNamesEveryParameterTheHandlersAccept() throws Exception {
    JsonNode doc = json(get("/api/openapi.json"), 200);
    JsonNode shared = doc.get("components").get("parameters");
    for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) doc.get("paths").properties()::iterator) {
      JsonNode get = path.getValue().get("get");
      if (get == null || !path.getKey().equals(path.getKey().replace("{", ""))) continue;
      for (JsonNode p : get.path("parameters")) {
        JsonNode param = p.has("$ref") ? shared.get(p.get("$ref").asText().replace("#/components/parameters/", "")) : p;
        String name = param.get("name").asText();
        // A described parameter is accepted (not refused as unknown); a made-up one is refused.
        String error = get(path.getKey() + "?" + name + "=%20").body();
        assertFalse(error.contains("unknown parameter"), path.getKey() + " " + name + ": " + error);
      }
      if (!path.getKey().equals("/api/openapi.json") && !path.getKey().equals("/api/health")) {
        assertEquals("parameter \"bogus\": unknown parameter",
            json(get(path.getKey() + "?bogus=1"), 400).get("error").asText().replaceAll(";.*", ""), path.getKey());
      }
    }
  }

  // ---- helpers ----

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) { return URI.create("http://127.0.0.1:" + server.port() + path); }

  private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    return MAPPER.readTree(r.body());
  }
}
