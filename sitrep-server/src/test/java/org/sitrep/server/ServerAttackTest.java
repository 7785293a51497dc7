package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.ExtractFixtures.article;
import static org.sitrep.server.ExtractFixtures.event;
import static org.sitrep.server.ExtractFixtures.extraction;
import static org.sitrep.server.ExtractFixtures.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;

/**
 * The server attacked as a hostile client would: SQL and LIKE metacharacters in every filter of every list endpoint
 * and in path ids, markup and {@code javascript:} URLs in every text field of a posted article, oversized bodies and
 * query strings, bad tokens, path traversal to absolute paths. Every answer is JSON data or a 4xx naming the
 * problem, never a 500, and carries the security headers; the store is intact afterwards.
 */
class ServerAttackTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "attack-token-0123456789abcdef";
  private static final int MAX_BYTES = 4_000;
  private static final String SHELLING = "Officials in Kharkiv said shelling hit a school on Tuesday.";
  private static final String TALKS = "The minister said Kyiv would not attend the talks in Geneva.";
  private static final List<String> METACHARACTERS = List.of("' OR 1=1 --", "\"; DROP TABLE articles; --", "%", "_",
      "\\", "'", "\"", "%_\\'", "1; DELETE FROM events", "2023-06-01' OR '1'='1", "*", "NEAR(\"a\" OR *", "\u0000",
      "a\u0000b", "' UNION SELECT text FROM articles --", "%' ESCAPE '", "🚀", "x".repeat(Params.MAX_TEXT + 1));
  /** Every list endpoint and every parameter it filters by. */
  private static final Map<String, List<String>> FILTERS = Map.of(
      "/api/events", List.of("type", "modality", "country", "actor", "place", "from", "to", "q", "limit", "offset"),
      "/api/statements", List.of("speaker", "stance", "from", "to", "limit", "offset"),
      "/api/articles", List.of("q", "from", "to", "limit", "offset"),
      "/api/search", List.of("q", "limit"));
  /** Free-text filters matched with LIKE: a % or _ there is a character, never a wildcard. */
  private static final List<String> LIKE_FILTERS = List.of("actor", "place", "speaker");

  @TempDir static Path dir;
  private static Store store;
  private static SitrepServer server;
  private static final StringWriter errorLog = new StringWriter();

  @BeforeAll
  static void start() {
    store = Store.open(dir.resolve("attack.db").toString());
    store.save(article("shelling", SHELLING, "2023-06-06"), extraction(
        event("ASSAULT", "195", "asserted", SHELLING, "shelling", "Kharkiv", "UA", 49.99, 36.23, "RUS", "2023-06-06"),
        statement(SHELLING, "Officials", "said", "assert")));
    store.save(article("talks", TALKS, "2023-06-07"), extraction(
        event("CONSULT", "040", "negated", TALKS, "attend", "Geneva", "CH", 46.2, 6.14, "UKR", null),
        statement(TALKS, "The minister", "said", "deny")));
    IntakeConfig intake = new IntakeConfig(TOKEN, store, ServerAttackTest::extract, MAX_BYTES);
    server = new SitrepServer(new StoreReader(store), new PrintWriter(errorLog), intake).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void sqlMetacharactersInEveryFilterAreDataOrA400() throws Exception {
    Store.Counts before = store.counts();
    List<String> tried = new ArrayList<>();
    for (Map.Entry<String, List<String>> endpoint : FILTERS.entrySet()) {
      for (String param : endpoint.getValue()) {
        for (String value : METACHARACTERS) {
          String path = endpoint.getKey() + "?" + param + "=" + enc(value)
              + (endpoint.getKey().equals("/api/search") && !param.equals("q") ? "&q=Kharkiv" : "");
          HttpResponse<String> r = get(path);
          tried.add(path);
          JsonNode body = json(r, path);
          if (r.statusCode() == 400) {
            assertTrue(body.get("error").asText().startsWith("parameter \"" + param + "\""), path + " -> " + r.body());
            continue;
          }
          assertEquals(200, r.statusCode(), path + " -> " + r.body());
          if (LIKE_FILTERS.contains(param)) assertEquals(0, body.get("total").asInt(), path + " matched " + r.body());
        }
      }
    }
    assertEquals(FILTERS.values().stream().mapToInt(List::size).sum() * METACHARACTERS.size(), tried.size());
    assertEquals(before, store.counts(), "the store changed");
    assertEquals(2, json(get("/api/events"), "/api/events").get("total").asInt());
    assertEquals("", errorLog.toString(), "a request failed with a 500");
  }

  @Test
  void sqlMetacharactersInPathIdsAre400Or404() throws Exception {
    for (String value : METACHARACTERS) {
      String id = enc(value).replace("+", "%20");
      HttpResponse<String> event = get("/api/events/" + id);
      assertTrue(event.statusCode() == 400 || event.statusCode() == 404, id + " -> " + event.statusCode());
      assertTrue(json(event, id).has("error"), event.body());
      HttpResponse<String> article = get("/api/articles/" + id);
      assertTrue(article.statusCode() == 400 || article.statusCode() == 404, id + " -> " + article.statusCode());
      assertTrue(json(article, id).has("error"), article.body());
    }
    assertEquals("", errorLog.toString(), "a request failed with a 500");
  }

  @Test
  void markupInEveryFieldOfAPostedArticleComesBackAsJsonData() throws Exception {
    String title = "<script>window.pwned=1</script>Strike report";
    String source = "<img src=x onerror=\"window.pwned=2\">Wire";
    String url = "javascript:window.pwned=3";
    String text = "Officials said <script>alert(4)</script> drones hit Sumy <img src=x onerror=alert(5)> on Monday.";
    ObjectNode record = ExtractFixtures.MAPPER.createObjectNode().put("id", "xss-<b>1</b>").put("text", text)
        .put("published", "2023-06-05").put("title", title).put("source", source).put("url", url);
    HttpResponse<String> posted = post(record.toString(), "Bearer " + TOKEN);
    assertEquals(201, posted.statusCode(), posted.body());

    for (String path : List.of("/api/articles/" + enc("xss-<b>1</b>"), "/api/articles?q=drones", "/api/search?q=drones",
        "/api/events?q=drones", "/api/statements?speaker=officials")) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path + " -> " + r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
      for (String raw : List.of("<script", "<img", "<b>")) assertFalse(r.body().contains(raw), path + " has " + raw);
      assertTrue(r.body().contains("\\u003cscript\\u003e") || r.body().contains("\\u003cimg"), path + " -> " + r.body());
    }
    JsonNode stored = json(get("/api/articles/" + enc("xss-<b>1</b>")), "article");
    assertEquals("xss-<b>1</b>", stored.get("id").asText());
    assertEquals(title + "\n\n" + text, stored.get("text").asText(), "the title is read as the headline");
    assertEquals(title, stored.get("title").asText());
    assertEquals(source, stored.get("source").asText());
    assertEquals(url, stored.get("url").asText());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/health", "/api/events?limit=lots", "/api/nothing", "/nothing.html",
        "/api/articles/none")) {
      HttpResponse<String> r = get(path);
      assertEquals(SitrepServer.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""),
          path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
    HttpResponse<String> unauthorised = post("{}", null);
    assertEquals(401, unauthorised.statusCode());
    assertEquals("nosniff", unauthorised.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void oversizedBodiesAre413WithAJsonError() throws Exception {
    // Declared, never sent (see RawHttp): a server that waited for the body would time out here.
    long big = SitrepServer.MAX_REQUEST_BYTES + 1;
    for (String path : List.of("/api/events", "/api/health", "/api/search?q=a")) {
      String answer = RawHttp.declaredBody(server.port(), "GET", path, big, null);
      assertTrue(answer.startsWith("HTTP/1.1 413"), path + " -> " + answer);
      assertTrue(answer.contains("application/json"), answer);
      assertTrue(answer.contains("\"error\":\"request body is " + big + " bytes, at most " + SitrepServer.MAX_REQUEST_BYTES
          + " accepted (only POST /api/articles takes a body)\""), answer);
    }
    // Over the article limit, with or without the token: refused before the body is read.
    for (String auth : new String[] {"Bearer " + TOKEN, null}) {
      String answer = RawHttp.declaredBody(server.port(), "POST", "/api/articles", MAX_BYTES + 100L, auth);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
      assertTrue(answer.contains("\"error\":\"request body is "), answer);
    }
    // A real oversized article, sent whole, is not stored whatever the client sees.
    String article = "{\"id\":\"huge\",\"text\":\"" + "a".repeat(MAX_BYTES) + "\"}";
    try {
      assertEquals(413, post(article, "Bearer " + TOKEN).statusCode());
    } catch (java.io.IOException resetWhileWriting) {
      // the server closed while the client was still writing: refused all the same
    }
    assertEquals(404, get("/api/articles/huge").statusCode());
  }

  @Test
  void oversizedQueryStringIsRefusedNot500() throws Exception {
    String answer = RawHttp.get(server.port(), "/api/events?q=" + "a".repeat(100_000));
    int status = Integer.parseInt(answer.substring(9, 12));
    assertTrue(status >= 400 && status < 500, answer.substring(0, Math.min(200, answer.length())));
  }

  @Test
  void postsWithoutTheRightTokenAreRefused() throws Exception {
    String body = "{\"id\":\"intruder\",\"text\":\"Officials said drones hit Sumy.\"}";
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put("none", null);
    refused.put("empty bearer", "Bearer ");
    refused.put("basic scheme", "Basic " + TOKEN);
    refused.put("token without scheme", TOKEN);
    refused.put("prefix of the token", "Bearer " + TOKEN.substring(0, TOKEN.length() - 1));
    refused.put("token and more", "Bearer " + TOKEN + " " + TOKEN);
    refused.put("sql in the token", "Bearer ' OR 1=1 --");
    for (Map.Entry<String, String> attempt : refused.entrySet()) {
      HttpResponse<String> r = post(body, attempt.getValue());
      assertEquals(401, r.statusCode(), attempt.getKey());
      assertTrue(json(r, attempt.getKey()).get("error").asText().contains("bearer token"), r.body());
    }
    HttpResponse<String> inQuery = HTTP.send(HttpRequest.newBuilder(uri("/api/articles?token=" + TOKEN))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, inQuery.statusCode(), "a token in the query string is not a bearer token");
    assertEquals(404, get("/api/articles/intruder").statusCode());
  }

  @Test
  void staticFilesCannotReachAbsolutePaths() throws Exception {
    for (String path : List.of("//etc/passwd", "/%2fetc%2fpasswd", "/file:///etc/passwd", "/..\\..\\etc\\passwd",
        "/%5c..%5c..%5cetc%5cpasswd", "/.%2e/.%2e/.%2e/etc/passwd", "/%252e%252e/%252e%252e/etc/passwd",
        "/api/../../../etc/passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/....//....//etc/passwd",
        "/static/%2e%2e/%2e%2e/org/sitrep/server/Api.class", "/org/sitrep/server/Api.class", "/META-INF/MANIFEST.MF")) {
      String answer = RawHttp.get(server.port(), path);
      String status = answer.substring(0, answer.indexOf("\r\n"));
      assertFalse(status.contains(" 200 "), path + " -> " + status);
      assertFalse(status.contains(" 500 "), path + " -> " + status);
      assertFalse(answer.contains("root:"), path);
    }
  }

  // ---- helpers ----

  /** Stands in for the extractor: one assault at Sumy, reported by "Officials". */
  private static ObjectNode extract(Article a) {
    return extraction(event("ASSAULT", "190", "asserted", a.text(), "hit", "Sumy", "UA", 50.91, 34.8, "RUS",
        "2023-06-05"), statement(a.text(), "Officials", "said", "assert"));
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

  private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

  /** The body as JSON, checked to be JSON and not a 500. */
  private static JsonNode json(HttpResponse<String> r, String what) throws Exception {
    assertTrue(r.statusCode() != 500, what + " -> 500 " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what + " -> " + r.body());
    return ExtractFixtures.MAPPER.readTree(r.body());
  }
}
