package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.ExtractFixtures.article;
import static org.sitrep.server.ExtractFixtures.event;
import static org.sitrep.server.ExtractFixtures.extraction;
import static org.sitrep.server.ExtractFixtures.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
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
        event("ASSAULT", "195", "asserted", SHELLING, "shelling", "Kharkiv", "UA", 49.99, 36.23, "RUS", "2023-06-06"),
        statement(SHELLING, "Officials", "said", "assert")));
    store.save(article("talks", TALKS, "2023-06-07"), extraction(
        event("CONSULT", "040", "negated", TALKS, "attend", "Geneva", "CH", 46.2, 6.14, "UKR", null),
        statement(TALKS, "The minister", "said", "deny")));
    store.save(article("scripted", SCRIPTED, "2023-06-08"), extraction(
        event("ASSAULT", "195", "asserted", SCRIPTED, "struck", "Odesa", "UA", 46.48, 30.72, "RUS", "2023-06-08"),
        MAPPER.createArrayNode()));
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
    String body = "x".repeat((int) SitrepServer.MAX_REQUEST_BYTES + 1);
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/events"))
        .method("GET", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(413, r.statusCode());
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
      String answer = raw(path);
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

  /** Sends the path byte for byte: HTTP clients would normalise the dots away before they reach the server. */
  private static String raw(String path) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
