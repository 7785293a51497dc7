package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.store.ArticleProcessor;
import picocli.CommandLine;

class StoreCommandsTest {
  @TempDir Path dir;
  private final ObjectMapper mapper = new ObjectMapper();

  private record Outcome(int code, String out, String err) {}

  /** One ASSAULT event in Kharkiv per article, whatever the text: enough to exercise the commands. */
  private final ArticleProcessor fake = (Article a) -> {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", a.id());
    o.putArray("entities");
    o.putArray("places");
    o.putArray("times");
    o.putArray("statements");
    ObjectNode e = o.putArray("events").addObject();
    e.put("type", "ASSAULT");
    e.put("cameo", "195");
    e.put("goldstein", -10.0);
    e.putArray("actors").addObject().put("name", "Russia").put("country", "RUS");
    e.putArray("recipients");
    e.putObject("location").put("name", "Kharkiv").put("lat", 49.99).put("lon", 36.23).put("country", "UA");
    e.putObject("time").put("value", "2023-06-03");
    e.put("modality", "asserted");
    e.putObject("trigger").put("text", "hit").put("start", 0).put("end", 3);
    return o;
  };

  private Outcome run(boolean fakeExtractor, String... args) {
    CommandLine cl = SitrepCommand.commandLine();
    if (fakeExtractor) ((IngestCommand) cl.getSubcommands().get("ingest").getCommand()).processorFactory = () -> fake;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private Path input(String... lines) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void ingestTwiceStoresEachArticleOnce() throws Exception {
    Path in = input("{\"id\":\"a\",\"text\":\"Shelling hit Kharkiv.\"}", "{\"id\":\"b\",\"text\":\"Shelling hit Kharkiv again.\"}");
    String db = dir.resolve("s.db").toString();
    Outcome first = run(true, "ingest", in.toString(), "--db", db, "--threads", "2");
    assertEquals(0, first.code(), first.err());
    assertEquals("ingested 2 articles (2 new, 0 already stored), 2 events, 0 statements, 0 errors\n", first.out());
    Outcome second = run(true, "ingest", in.toString(), "--db", db);
    assertEquals("ingested 2 articles (0 new, 2 already stored), 0 events, 0 statements, 0 errors\n", second.out());
  }

  @Test
  void badLineIsReportedAndExitsOne() throws Exception {
    Path in = input("{\"id\":\"a\",\"text\":\"Shelling hit Kharkiv.\"}", "{broken");
    Outcome o = run(true, "ingest", in.toString(), "--db", dir.resolve("s.db").toString());
    assertEquals(ExitCodes.SOME_INPUT_FAILED, o.code());
    assertTrue(o.err().contains("sitrep ingest: " + in + ":2: not valid JSON"), o.err());
    assertEquals("ingested 1 articles (1 new, 0 already stored), 1 events, 0 statements, 1 errors\n", o.out());
  }

  @Test
  void corruptStoreExitsThreeAndIsLeftAlone() throws Exception {
    Path in = input("{\"id\":\"a\",\"text\":\"Shelling hit Kharkiv.\"}");
    Path db = dir.resolve("notes.db");
    byte[] notes = "my notes".getBytes(StandardCharsets.UTF_8);
    Files.write(db, notes);
    Outcome o = run(true, "ingest", in.toString(), "--db", db.toString());
    assertEquals(ExitCodes.RESOURCE, o.code());
    assertTrue(o.err().startsWith("sitrep ingest: " + db + " is not a SQLite database"), o.err());
    assertArrayEquals(notes, Files.readAllBytes(db));
  }

  @Test
  void exportOfAMissingStoreExitsThree() {
    Path db = dir.resolve("none.db");
    Outcome o = run(false, "export", "--db", db.toString(), "--format", "jsonl");
    assertEquals(ExitCodes.RESOURCE, o.code());
    assertEquals("sitrep export: " + db + ": no store there (run ./sitrep ingest first, or pass --db)\n", o.err());
  }

  @Test
  void exportOfAnUnknownFormatIsAUsageError() {
    Outcome o = run(false, "export", "--format", "xml");
    assertEquals(ExitCodes.USAGE, o.code());
    assertTrue(o.err().contains("--format: unknown format \"xml\""), o.err());
  }

  @Test
  void exportWritesEachFormat() throws Exception {
    Path in = input("{\"id\":\"a\",\"text\":\"Shelling hit Kharkiv.\",\"url\":\"https://example.org/a\"}");
    String db = dir.resolve("s.db").toString();
    assertEquals(0, run(true, "ingest", in.toString(), "--db", db).code());
    JsonNode line = mapper.readTree(run(false, "export", "--db", db, "--format", "jsonl").out());
    assertEquals(1, line.get("events").get(0).get("cluster").asLong());
    assertTrue(run(false, "export", "--db", db, "--format", "gdelt").out().startsWith("GLOBALEVENTID,SQLDATE,"));
    assertTrue(run(false, "export", "--db", db, "--format", "icews").out().startsWith("Event ID,Event Date,"));
    assertTrue(run(false, "export", "--db", db, "--format", "acled").out().startsWith("event_id_cnty,event_date,"));
    assertEquals("ASSAULT", mapper.readTree(run(false, "export", "--db", db, "--format", "plover").out()).get("event").asText());
    Path file = dir.resolve("out.csv");
    assertEquals(0, run(false, "export", "--db", db, "--format", "gdelt", "--out", file.toString()).code());
    assertTrue(Files.readString(file).contains(",195,195,19,4,"));
  }

  @Test
  void ingestWithTheRealExtractor() throws Exception {
    Path in = input("{\"id\":\"r1\",\"text\":\"Russian forces shelled Kharkiv on Tuesday, officials said.\","
        + "\"published\":\"2023-06-07\"}");
    String db = dir.resolve("real.db").toString();
    Outcome o = run(false, "ingest", in.toString(), "--db", db);
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().startsWith("ingested 1 articles (1 new, 0 already stored), "), o.out());
    JsonNode line = mapper.readTree(run(false, "export", "--db", db, "--format", "jsonl").out());
    assertEquals("r1", line.get("id").asText());
    assertTrue(line.has("events") && line.has("statements"), line.toString());
  }
}
