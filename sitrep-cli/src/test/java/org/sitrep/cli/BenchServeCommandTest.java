package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.store.Store;
import org.sitrep.store.StoredArticle;
import picocli.CommandLine;

class BenchServeCommandTest {
  private static final String TEXT = "Officials said shelling hit Kharkiv on Tuesday.";

  @TempDir Path dir;

  /** A seed store of one article with one event dated 2023-06-06 at Kharkiv. */
  private String seed() throws Exception {
    String db = dir.resolve("seed.db").toString();
    ObjectNode x = (ObjectNode) new ObjectMapper().readTree("""
        {"entities": [], "places": [], "times": [{"text": "Tuesday", "start": 38, "end": 45, "value": "2023-06-06"}],
         "statements": [],
         "events": [{"type": "ASSAULT", "cameo": "195", "goldstein": -10.0, "modality": "asserted",
           "actors": [{"name": "Russian forces", "country": "RUS", "sector": "MIL"}], "recipients": [],
           "location": {"text": "Kharkiv", "start": 28, "end": 35, "name": "Kharkiv", "country": "UA",
             "lat": 49.99, "lon": 36.23},
           "time": {"text": "Tuesday", "start": 38, "end": 45, "value": "2023-06-06", "granularity": "day"},
           "trigger": {"text": "shelling", "start": 15, "end": 23}, "sentence": {"start": 0, "end": 47},
           "confidence": 0.8}]}""");
    try (Store store = Store.open(db)) {
      store.save(new Article("a1", TEXT, LocalDate.parse("2023-06-07"), "Shelling", "Wire", null, "en"), x);
    }
    return db;
  }

  @Test
  void copiesAreRedatedAWeekApartAndKeepTheirText() throws Exception {
    String target = dir.resolve("copies.db").toString();
    try (Store seed = Store.open(seed()); Store store = Store.open(target)) {
      SyntheticStore.Built built = SyntheticStore.build(seed, store, 3);
      assertEquals(3, built.events());
      List<StoredArticle> all = new ArrayList<>();
      store.forEachArticle(all::add);
      List<String> rows = all.stream().map(a -> a.article().id() + " " + a.article().published() + " "
          + a.extraction().at("/events/0/time/value").asText()).toList();
      assertEquals(List.of("a1 2023-06-07 2023-06-06", "a1~1 2023-06-14 2023-06-13", "a1~2 2023-06-21 2023-06-20"), rows);
      assertEquals(TEXT, all.get(2).article().text());
    }
  }

  @Test
  void onlyWholeDaysAreShifted() {
    assertEquals("2023-06-13/2023-06-15", SyntheticStore.shift("2023-06-06/2023-06-08", 1));
    assertEquals("2023-06", SyntheticStore.shift("2023-06", 3));
  }

  @Test
  void printsTheApiTableAndWhetherTheTargetIsMet() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SitrepCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("bench", "serve", "--events", "12", "--seed", seed(), "--db", dir.resolve("b.db").toString(),
        "--requests", "20", "--page-loads", "0");
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(out.toString().contains(", 12 events, 12 articles, 0 statements (12 copies of "), out.toString());
    assertTrue(out.toString().matches("(?s).*\n/api/events, varied filters +20 +[0-9.]+ .*"), out.toString());
    assertTrue(out.toString().contains("targets: API p95 <= 50 ms for filtered event lists: "), out.toString());
  }

  @Test
  void benchWithoutInOrServeIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cl = SitrepCommand.commandLine();
    cl.setErr(new PrintWriter(err, true));
    assertEquals(ExitCodes.USAGE, cl.execute("bench"));
    assertTrue(err.toString().contains("--in FILE is required (or 'bench serve' to measure the server)"), err.toString());
  }
}
