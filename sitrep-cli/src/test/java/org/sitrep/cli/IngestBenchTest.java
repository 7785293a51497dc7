package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.store.Store;

class IngestBenchTest {
  @TempDir Path dir;
  private final ObjectMapper mapper = new ObjectMapper();
  private final AtomicInteger calls = new AtomicInteger();

  private IngestBench bench(List<Article> articles, String db) {
    IngestBench b = new IngestBench(articles, 2, db, true);
    b.processorFactory = () -> a -> {
      calls.incrementAndGet();
      ObjectNode o = mapper.createObjectNode();
      o.put("id", a.id());
      o.putArray("entities");
      o.putArray("places");
      o.putArray("times");
      o.putArray("statements");
      o.putArray("events");
      return o;
    };
    return b;
  }

  private static List<Article> articles(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> new Article("a" + i, "Report number " + i + ".", LocalDate.of(2023, 6, 3), null, null, null, null))
        .toList();
  }

  @Test
  void extractsEachArticleOnceEachWayAfterTheWarmUp() throws Exception {
    StringWriter out = new StringWriter();
    int code = bench(articles(5), null).run(new PrintWriter(out), "in.jsonl");
    assertEquals(ExitCodes.OK, code);
    assertEquals(3 + 5 + 5, calls.get(), "3 warm-up, 5 bare, 5 ingested");
    String[] lines = out.toString().split("\n");
    assertTrue(lines[0].startsWith("bench --ingest: in.jsonl, 5 articles, 2 thread(s)"), lines[0]);
    assertTrue(lines[2].startsWith("extract (no store)             5"), lines[2]);
    assertTrue(lines[3].startsWith("ingest (sqlite)                5"), lines[3]);
    assertEquals("ingested 5 articles (5 new, 0 already stored), 0 events, 0 statements, 0 errors", lines[4]);
    assertTrue(lines[5].startsWith("ingest / extract throughput: "), lines[5]);
    assertTrue(lines[6].startsWith("ingest / extract per CPU second: "), lines[6]);
  }

  @Test
  void runsTakeTurnsOnSlicesAndIngestIntoOneStore() throws Exception {
    StringWriter out = new StringWriter();
    int n = 2 * IngestBench.SLICE + 1;
    assertEquals(ExitCodes.OK, bench(articles(n), null).run(new PrintWriter(out), "in.jsonl"));
    assertEquals(3 + 2 * n, calls.get());
    assertTrue(out.toString().contains("ingested " + n + " articles (" + n + " new, 0 already stored)"), out.toString());
  }

  @Test
  void aGivenStoreKeepsTheIngestedArticles() throws Exception {
    String db = dir.resolve("kept.db").toString();
    bench(articles(2), db).run(new PrintWriter(new StringWriter()), "in.jsonl");
    try (Store store = Store.openExisting(db)) {
      assertEquals(2, store.counts().articles());
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of("kept.db"), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".db")).toList());
    }
  }
}
