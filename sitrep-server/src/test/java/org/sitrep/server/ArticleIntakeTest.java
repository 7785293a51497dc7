package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;

/** POST /api/articles: bearer token, size limit, and one article saved through a stand-in processor. */
class ArticleIntakeTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "test-token-0123456789abcdef";
  private static final int MAX_BYTES = 2_000;
  private static final String REPORT = "Officials in Sumy said drones hit a power station on Monday.";

  @TempDir static Path dir;
  private static Store store;
  private static SitrepServer server;
  private static final AtomicInteger processed = new AtomicInteger();

  @BeforeAll
  static void start() {
    store = Store.open(dir.resolve("intake.db").toString());
    IntakeConfig intake = new IntakeConfig(TOKEN, store, ArticleIntakeTest::extract, MAX_BYTES);
    server = new SitrepServer(new StoreReader(store), new PrintWriter(new StringWriter()), intake).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void articleFromTheTokenHolderIsExtractedAndStoredOnce() throws Exception {
    String body = "{\"id\":\"sumy-1\",\"text\":\"" + REPORT + "\",\"published\":\"2023-06-05\"}";
    HttpResponse<String> first = post(body, "Bearer " + TOKEN);
    assertEquals(201, first.statusCode(), first.body());
    JsonNode saved = ExtractFixtures.MAPPER.readTree(first.body());
    assertEquals("sumy-1", saved.get("id").asText());
    assertTrue(saved.get("added").asBoolean());
    assertEquals(1, saved.get("events").asInt());

    JsonNode stored = ExtractFixtures.MAPPER.readTree(get("/api/articles/sumy-1").body());
    assertEquals(REPORT, stored.get("text").asText());

    int calls = processed.get();
    HttpResponse<String> again = post(body, "Bearer " + TOKEN);
    assertEquals(200, again.statusCode(), again.body());
    assertFalse(ExtractFixtures.MAPPER.readTree(again.body()).get("added").asBoolean());
    assertEquals(calls, processed.get(), "an article already stored is not extracted again");
  }

  @Test
  void postedReportsOfOneEventJoinOneClusterAfterTheAnswers() throws Exception {
    for (int i = 1; i <= 3; i++) {
      String body = "{\"id\":\"burst-" + i + "\",\"text\":\"" + REPORT + " (report " + i + ")\",\"published\":\"2023-06-05\"}";
      assertEquals(201, post(body, "Bearer " + TOKEN).statusCode());
    }
    server.awaitClustering();
    JsonNode items = ExtractFixtures.MAPPER.readTree(get("/api/events?type=ASSAULT&limit=100").body()).get("items");
    assertTrue(items.size() >= 3, items.toString());
    java.util.Set<String> clusters = new java.util.HashSet<>();
    for (JsonNode e : items) clusters.add(e.get("cluster").asText());
    assertEquals(1, clusters.size(), "one Sumy strike, one cluster: " + clusters);
    assertFalse(clusters.contains("null"), clusters.toString());
  }

  @Test
  void noTokenIs401AndNothingIsStored() throws Exception {
    HttpResponse<String> r = post("{\"id\":\"anon\",\"text\":\"" + REPORT + "\"}", null);
    assertEquals(401, r.statusCode());
    assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
    assertEquals("no bearer token; send Authorization: Bearer <token>", error(r));
    assertEquals(404, get("/api/articles/anon").statusCode());
  }

  @Test
  void wrongTokenIs401() throws Exception {
    HttpResponse<String> r = post("{\"id\":\"guess\",\"text\":\"" + REPORT + "\"}", "Bearer " + TOKEN + "x");
    assertEquals(401, r.statusCode());
    assertEquals("wrong bearer token", error(r));
    assertEquals(401, post("{\"id\":\"guess\",\"text\":\"x\"}", TOKEN).statusCode(), "the scheme is required");
  }

  @Test
  void oversizedArticleIs413() throws Exception {
    String body = "{\"id\":\"big\",\"text\":\"" + "a".repeat(MAX_BYTES) + "\"}";
    HttpResponse<String> r = post(body, "Bearer " + TOKEN);
    assertEquals(413, r.statusCode());
    assertEquals("request body is " + body.length() + " bytes, at most " + MAX_BYTES + " accepted", error(r));
    assertEquals(404, get("/api/articles/big").statusCode());
  }

  @Test
  void oversizedArticleWithoutDeclaredLengthIs413() throws Exception {
    byte[] body = ("{\"id\":\"chunked\",\"text\":\"" + "a".repeat(MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(uri("/api/articles")).header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, r.statusCode(), r.body());
    assertEquals("request body is over " + MAX_BYTES + " bytes", error(r));
  }

  @Test
  void badRecordIs400NamingTheField() throws Exception {
    assertEquals("request body: no \"text\" field", error(post("{\"id\":\"x\"}", "Bearer " + TOKEN), 400));
    assertEquals("request body: \"id\" is required", error(post("{\"text\":\"" + REPORT + "\"}", "Bearer " + TOKEN), 400));
    assertTrue(error(post("{\"id\":\"x\",\"text\":\"t\",\"published\":\"2023-13-40\"}", "Bearer " + TOKEN), 400)
        .startsWith("request body: \"published\""));
    assertTrue(error(post("not json", "Bearer " + TOKEN), 400).startsWith("request body: not valid JSON"));
  }

  @Test
  void readOnlyServerAnswers405() throws Exception {
    try (SitrepServer readOnly = new SitrepServer(new StoreReader(store), new PrintWriter(new StringWriter()))
        .start("127.0.0.1", 0)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port()
          + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(405, r.statusCode());
      assertTrue(error(r).startsWith("this server is read-only"), r.body());
    }
  }

  @Test
  void shortTokenIsRefusedAtStartUp() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IntakeConfig("secret", store, ArticleIntakeTest::extract));
    assertEquals("the token is 6 characters long, expected at least 16", e.getMessage());
  }

  // ---- helpers ----

  /** Stands in for the extractor: one assault at Sumy, triggered by "hit". */
  private static ObjectNode extract(Article a) {
    processed.incrementAndGet();
    return ExtractFixtures.extraction(ExtractFixtures.event("ASSAULT", "190", "asserted", a.text(), "hit", "Sumy", "UA",
        50.91, 34.8, "RUS", "2023-06-05"), ExtractFixtures.MAPPER.createArrayNode());
  }

  private static HttpResponse<String> post(String body, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/articles")).POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) b.header("Authorization", authorization);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) { return URI.create("http://127.0.0.1:" + server.port() + path); }

  private static String error(HttpResponse<String> r) throws Exception {
    return ExtractFixtures.MAPPER.readTree(r.body()).get("error").asText();
  }

  private static String error(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    return error(r);
  }
}
