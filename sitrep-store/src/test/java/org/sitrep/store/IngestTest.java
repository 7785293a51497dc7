package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  @TempDir Path dir;
  private final FakeProcessor processor = new FakeProcessor();
  private Store store;

  @BeforeEach
  void open() { store = Store.open(dir.resolve("sitrep.db").toString()); }

  @AfterEach
  void close() { store.close(); }

  private static final String SHELLING =
      FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "UKR");

  private Path jsonl(String name, String... lines) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private static String record(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text.replace("\n", "\\n") + "\",\"published\":\"2023-06-04\"}";
  }

  private IngestSummary ingest(int threads, Path... paths) throws Exception {
    return new Ingest(store, processor, threads).run(List.of(paths), IngestListener.NONE);
  }

  @Test
  void ingestingTheSameInputTwiceStoresNothingNewTheSecondTime() throws Exception {
    Path in = jsonl("a.jsonl", record("a1", "Shelling.\n" + SHELLING + "\nSAY Mayor|UKR|assert"), record("a2", "Calm day."));
    IngestSummary first = ingest(2, in);
    assertEquals("ingested 2 articles (2 new, 0 already stored), 1 events, 1 statements, 0 errors", first.line());
    int calls = processor.calls.get();
    IngestSummary second = ingest(2, in);
    assertEquals("ingested 2 articles (0 new, 2 already stored), 0 events, 0 statements, 0 errors", second.line());
    assertEquals(calls, processor.calls.get(), "stored articles are not extracted again");
    assertEquals(new Store.Counts(2, 1, 1, 1), store.counts());
  }

  @Test
  void badLinesAreCountedAndTheRunGoesOn() throws Exception {
    Path in = jsonl("a.jsonl", record("a1", "Troops advanced."), "{\"id\": broken", "{\"id\":\"n\",\"text\":42}",
        record("boom", "FAIL here"), record("a2", "Troops withdrew."));
    List<String> heard = new ArrayList<>();
    IngestSummary s = new Ingest(store, processor, 1).run(List.of(in), new IngestListener() {
      @Override public void failed(String message) { heard.add(message); }
    });
    assertEquals("ingested 2 articles (2 new, 0 already stored), 0 events, 0 statements, 3 errors", s.line());
    assertTrue(s.errors().get(0).startsWith(in + ":2: not valid JSON"), s.errors().get(0));
    assertEquals(in + ":3: \"text\" is number, expected a string", s.errors().get(1));
    assertEquals(in + ":4: extraction failed: java.lang.IllegalStateException: fake failure on boom", s.errors().get(2));
    assertEquals(s.errors(), heard);
    assertEquals(2, store.counts().articles());
  }

  @Test
  void failedArticleIsRetriedByTheNextRun() throws Exception {
    Path in = jsonl("a.jsonl", record("a1", "FAIL once"));
    assertEquals(1, ingest(1, in).errors().size());
    assertEquals(0, store.counts().articles());
    assertEquals(1, ingest(1, in).errors().size(), "an article that failed is not marked as stored");
  }

  @Test
  void foldersOfTextAndJsonFilesAreRead() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/report.txt"), "Shelling.\n" + SHELLING);
    Files.writeString(folder.resolve("one.json"), "{\n  \"id\": \"j1\",\n  \"text\": \"Troops advanced.\"\n}\n");
    Files.writeString(folder.resolve("many.jsonl"), record("l1", "One.") + "\n" + record("l2", "Two.") + "\n");
    Files.writeString(folder.resolve("notes.md"), "not an article");
    IngestSummary s = ingest(1, dir.resolve("in"));
    assertEquals("ingested 4 articles (4 new, 0 already stored), 1 events, 0 statements, 0 errors", s.line());
    List<String> ids = new ArrayList<>();
    store.forEachArticle(a -> ids.add(a.article().id()));
    assertEquals(List.of("report.txt", "l1", "l2", "j1"), ids);
  }

  @Test
  void theSameArticleTwiceInOneInputIsStoredOnce() throws Exception {
    Path in = jsonl("a.jsonl", record("a1", "Troops advanced."), record("a1", "Troops advanced."));
    assertEquals("ingested 2 articles (1 new, 1 already stored), 0 events, 0 statements, 0 errors", ingest(2, in).line());
  }

  @Test
  void manyArticlesOnSeveralThreadsAreStoredInInputOrder() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) lines.add(record("a" + i, "Report " + i + ".\n" + SHELLING));
    IngestSummary s = ingest(3, jsonl("many.jsonl", lines.toArray(String[]::new)));
    assertEquals("ingested 60 articles (60 new, 0 already stored), 60 events, 0 statements, 0 errors", s.line());
    List<String> ids = new ArrayList<>();
    store.forEachArticle(a -> ids.add(a.article().id()));
    assertEquals("a0", ids.get(0));
    assertEquals("a59", ids.get(59));
    assertEquals(1, store.counts().clusters(), "sixty reports of one shelling are one event");
  }

  @Test
  void articlesWithoutADateTakeTheDefaultPublicationDate() throws Exception {
    Path txt = dir.resolve("report.txt");
    java.nio.file.Files.writeString(txt, "Shelling hit the city yesterday.");
    Path jsonl = dir.resolve("in.jsonl");
    java.nio.file.Files.writeString(jsonl, "{\"id\":\"dated\",\"text\":\"Troops advanced.\",\"published\":\"2022-01-02\"}\n"
        + "{\"id\":\"undated\",\"text\":\"Talks began.\"}\n");
    java.util.Map<String, java.time.LocalDate> seen = new java.util.concurrent.ConcurrentHashMap<>();
    ArticleProcessor recording = a -> {
      seen.put(a.id(), a.published());
      return processor.process(a);
    };
    new Ingest(store, recording, 1).withDefaultPublished(java.time.LocalDate.of(2023, 6, 4))
        .run(List.of(txt, jsonl), IngestListener.NONE);
    assertEquals(java.time.LocalDate.of(2023, 6, 4), seen.get("report.txt"));
    assertEquals(java.time.LocalDate.of(2022, 1, 2), seen.get("dated"), "an article's own date wins");
    assertEquals(java.time.LocalDate.of(2023, 6, 4), seen.get("undated"));
  }

  @Test
  void aTitleIsReadAsTheHeadlineAndEvidenceIndexesTheStoredText() throws Exception {
    // The fake extractor finds the event on the title's line only: the body alone yields none.
    String title = SHELLING;
    Path in = jsonl("t.jsonl", "{\"id\":\"t1\",\"title\":\"" + title + "\",\"text\":\"Officials counted the damage.\","
        + "\"published\":\"2023-06-04\"}");
    assertEquals("ingested 1 articles (1 new, 0 already stored), 1 events, 0 statements, 0 errors", ingest(1, in).line());
    List<StoredArticle> stored = new ArrayList<>();
    store.forEachArticle(stored::add);
    String text = stored.get(0).article().text();
    assertEquals(title + "\n\nOfficials counted the damage.", text);
    assertEquals(title, stored.get(0).article().title());
    int bodyOffset = stored.get(0).extraction().get("bodyOffset").asInt();
    assertEquals("Officials counted the damage.", text.substring(bodyOffset));
    com.fasterxml.jackson.databind.JsonNode report = new StoreReader(store).event(stored.get(0).events().get(0).eventPk())
        .orElseThrow().get("reports").get(0);
    for (com.fasterxml.jackson.databind.JsonNode span : report.get("evidence")) {
      if (span.get("kind").asText().equals("trigger")) {
        assertEquals("EVENT", text.substring(span.get("start").asInt(), span.get("end").asInt()));
        return;
      }
    }
    throw new AssertionError("no trigger evidence in " + report);
  }

  @Test
  void aTitledArticleStoredBeforeTitlesWereReadIsNotStoredAgain() throws Exception {
    store.save(org.sitrep.core.model.Article.of("t1", "Officials counted the damage.", java.time.LocalDate.of(2023, 6, 4)),
        processor.process(org.sitrep.core.model.Article.of("t1", "Officials counted the damage.", null)));
    Path in = jsonl("t.jsonl", "{\"id\":\"t1\",\"title\":\"Damage counted\",\"text\":\"Officials counted the damage.\"}");
    assertEquals("ingested 1 articles (0 new, 1 already stored), 0 events, 0 statements, 0 errors", ingest(1, in).line());
    assertEquals(1, store.counts().articles());
  }
}
