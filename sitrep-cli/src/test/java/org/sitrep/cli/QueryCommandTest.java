package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.store.Store;
import picocli.CommandLine;

class QueryCommandTest {
  @TempDir Path dir;
  private final ObjectMapper mapper = new ObjectMapper();
  private String db;

  private record Outcome(int code, String out, String err) {}

  private Outcome run(String... args) {
    CommandLine cl = SitrepCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  /** The extract object a processor would give: one event with these fields. */
  private ObjectNode extraction(String id, String type, String modality, String actor, String actorCountry,
      String recipient, String place, String date, String trigger) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.putArray("entities");
    o.putArray("places");
    o.putArray("times");
    o.putArray("statements");
    ObjectNode e = o.putArray("events").addObject();
    e.put("type", type);
    e.put("mode", "artillery");
    e.putArray("actors").addObject().put("name", actor).put("country", actorCountry);
    if (recipient != null) e.putArray("recipients").addObject().put("name", recipient);
    else e.putArray("recipients");
    e.putObject("location").put("name", place).put("lat", 49.99).put("lon", 36.23).put("country", "UA");
    e.putObject("time").put("value", date);
    e.put("modality", modality);
    e.putObject("trigger").put("text", trigger).put("start", 0).put("end", trigger.length());
    return o;
  }

  @BeforeEach
  void fill() {
    db = dir.resolve("q.db").toString();
    try (Store store = Store.open(db)) {
      store.save(new Article("wire-1", "Artillery shelled Kharkiv overnight.", LocalDate.parse("2023-06-04"), "Kharkiv",
              "Wire", null, "en"),
          extraction("wire-1", "ASSAULT", "asserted", "Russian forces", "RUS", "civilians", "Kharkiv", "2023-06-03",
              "shelled"));
      store.save(new Article("wire-2", "Officials denied troops seized Vovchansk.", LocalDate.parse("2023-06-10"),
              "Vovchansk", "Wire", null, "en"),
          extraction("wire-2", "SEIZE", "negated", "Ukrainian troops", "UKR", null, "Vovchansk", "2023-06-09",
              "seized"));
    }
  }

  @Test
  void everyEventIsOneAlignedRow() {
    Outcome o = run("query", "--db", db);
    assertEquals(0, o.code(), o.err());
    assertEquals(String.join("\n",
        "DATE        TYPE/MODE          MODALITY  ACTOR -> RECIPIENT           PLACE      TRIGGER  ARTICLE",
        "2023-06-03  ASSAULT/artillery  asserted  Russian forces -> civilians  Kharkiv    shelled  wire-1",
        "2023-06-09  SEIZE/artillery    negated   Ukrainian troops -> -        Vovchansk  seized   wire-2",
        ""), o.out());
    assertEquals("2 of 2 matching events\n", o.err());
  }

  @Test
  void filtersNarrowTheRows() {
    assertEquals("1 of 1 matching events\n", run("query", "--db", db, "--actor", "ukrainian").err());
    assertEquals("1 of 1 matching events\n", run("query", "--db", db, "--type", "assault").err());
    assertEquals("1 of 1 matching events\n", run("query", "--db", db, "--modality", "negated").err());
    assertEquals("1 of 1 matching events\n", run("query", "--db", db, "--place", "vovch").err());
    assertEquals("1 of 1 matching events\n", run("query", "--db", db, "--from", "2023-06-05").err());
    assertEquals("1 of 1 matching events\n", run("query", "--db", db, "--to", "2023-06-05").err());
    assertEquals("1 of 1 matching events\n", run("query", "--db", db, "--text", "denied").err());
    Outcome o = run("query", "--db", db, "--actor", "Russian");
    assertEquals(2, o.out().lines().count());
    assertEquals("wire-1", o.out().lines().skip(1).findFirst().orElseThrow().replaceAll(".* ", ""));
  }

  @Test
  void eventWithNeitherActorNorRecipientShowsOneDash() {
    try (Store store = Store.open(db)) {
      ObjectNode x = extraction("wire-3", "PROTEST", "asserted", "x", "UKR", null, "Lviv", "2023-06-11", "rallied");
      ((ObjectNode) x.get("events").get(0)).putArray("actors");
      store.save(new Article("wire-3", "Crowds rallied in Lviv.", null, null, "Wire", null, "en"), x);
    }
    assertEquals("2023-06-11 PROTEST/artillery asserted - Lviv rallied wire-3",
        run("query", "--db", db, "--place", "Lviv").out().lines().skip(1).findFirst().orElseThrow().replaceAll(" +", " "));
  }

  @Test
  void longArticleIdsAreNotCut() {
    String id = "https://www.example.org/en/news/a-very-long-article-address-of-the-presidential-site-12345";
    try (Store store = Store.open(db)) {
      store.save(new Article(id, "Crowds rallied in Lviv.", null, null, "Wire", null, "en"),
          extraction(id, "PROTEST", "asserted", "Protesters", "UKR", null, "Lviv", "2023-06-11", "rallied"));
    }
    assertEquals(id, run("query", "--db", db, "--place", "Lviv").out().lines().skip(1).findFirst().orElseThrow()
        .replaceAll(".* ", ""));
  }

  @Test
  void limitCutsTheListingButNotTheCount() {
    Outcome o = run("query", "--db", db, "--limit", "1");
    assertEquals(2, o.out().lines().count());
    assertEquals("1 of 2 matching events\n", o.err());
  }

  @Test
  void badDateIsAUsageError() {
    Outcome o = run("query", "--db", db, "--from", "June 3");
    assertEquals(ExitCodes.USAGE, o.code());
    assertEquals("sitrep query: --from: \"June 3\" is not a date, expected YYYY-MM-DD\n", o.err());
  }

  @Test
  void missingStoreExitsThree() {
    Path none = dir.resolve("none.db");
    Outcome o = run("query", "--db", none.toString());
    assertEquals(ExitCodes.RESOURCE, o.code());
    assertEquals("sitrep query: " + none + ": no store there (run ./sitrep ingest first, or pass --db)\n", o.err());
  }

  private void said(Store store, String id, String published, String stance, String cue, String content) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.putArray("entities");
    o.putArray("places");
    o.putArray("times");
    o.putArray("events");
    ObjectNode st = o.putArray("statements").addObject();
    st.putObject("speaker").put("name", "Peskov");
    st.put("stance", stance);
    st.putObject("cue").put("text", cue);
    st.putArray("content").addObject().put("text", content);
    st.putObject("target").put("name", "Wagner");
    store.save(new Article(id, content, LocalDate.parse(published), null, "Wire", null, "en"), o);
  }

  @Test
  void speakerListsNarrativesWithShiftsMarked() {
    try (Store store = Store.open(db)) {
      said(store, "s1", "2023-06-01", "assert", "said", "the fighters were paid by the state");
      said(store, "s2", "2023-06-20", "deny", "denied", "any payments to the fighters");
    }
    Outcome o = run("query", "--db", db, "--speaker", "peskov");
    assertEquals(0, o.code(), o.err());
    assertEquals(String.join("\n",
        "Peskov on Wagner (1 stance shift)",
        "PUBLISHED   STANCE  SHIFT                 CUE     CONTENT                           ARTICLE",
        "2023-06-01  assert                        said    the fighters were paid by the s…  s1",
        "2023-06-20  deny    SHIFT assert -> deny  denied  any payments to the fighters      s2",
        ""), o.out());
    assertEquals("2 statements in 1 narratives\n", o.err());
  }

  @Test
  void speakerWithEventFiltersIsAUsageError() {
    Outcome o = run("query", "--db", db, "--speaker", "Peskov", "--type", "ASSAULT");
    assertEquals(ExitCodes.USAGE, o.code());
    assertEquals("sitrep query: --speaker lists statements, which take only --from, --to and --limit; "
        + "drop the event filters or --speaker\n", o.err());
  }
}
