package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.json.ExtractionJson;

/**
 * Runs the job in local[2] on three articles and a few bad records, and holds its output against the core
 * extraction of the same articles called directly. Local mode shares this JVM, so the direct calls use the very
 * extractor the executors built (CoreNLP loads once).
 */
class SparkExtractJobTest {
  private static final LocalDate DEFAULT_PUBLISHED = LocalDate.of(2024, 3, 10);
  private static final String ODESA = "{\"id\":\"odesa\",\"published\":\"2024-03-12\",\"text\":"
      + "\"Ukrainian officials said Russian drones struck an energy facility in Odesa on Monday. "
      + "The air force said it shot down twenty of the twenty-five drones overnight.\"}";
  private static final String JENIN = "{\"id\":\"jenin\",\"text\":"
      + "\"Israeli troops raided a refugee camp near Jenin yesterday, the Palestinian health ministry said. "
      + "The army denied that civilians were hurt in the operation.\"}";
  private static final String KHARTOUM = "{\"id\":\"khartoum\",\"published\":\"2024-03-08\",\"text\":"
      + "\"The Sudanese army and the Rapid Support Forces agreed to a short truce in Khartoum, mediators in Jeddah "
      + "announced on Friday. Fighting resumed hours later, residents told reporters.\"}";
  private static final List<String> GOOD = List.of(ODESA, JENIN, KHARTOUM);
  private static final String BROKEN = "{\"id\": broken";
  private static final String NO_TEXT = "{\"id\":\"notext\",\"title\":\"Ceasefire talks stall\"}";
  private static final String NO_ID = "{\"text\":\"Rebels seized two villages near the border on Sunday.\"}";

  @TempDir static Path dir;
  private static SparkSession spark;
  private static JobSummary summary;
  private static final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void runJob() throws IOException {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("sitrep-spark-test")
        // SPARK_LOCAL_IP cannot be set from inside this JVM (surefire sets it); these keep the driver on loopback.
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n", ODESA, BROKEN, "", NO_TEXT, JENIN, NO_ID, KHARTOUM) + "\n", StandardCharsets.UTF_8);
    summary = SparkExtractJob.run(spark, JobOptions.parse("--in", in.toString(), "--out", dir.resolve("out").toString(),
        "--published", DEFAULT_PUBLISHED.toString()));
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) spark.stop();
  }

  /** The contract's output object the core extraction gives for one input line, called without Spark. */
  private static JsonNode direct(String line) throws IOException {
    var article = new ArticleParser().parse(line, "in.jsonl", "unused", DEFAULT_PUBLISHED);
    var doc = ExecutorExtractor.get(ExtractorConfig.defaults()).extract(article);
    return mapper.readTree(mapper.writeValueAsString(new ExtractionJson(mapper).write(doc)));
  }

  private static List<JsonNode> extractLines(Path out) throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("extract"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) objects.add(mapper.readTree(l));
      }
    }
    return objects;
  }

  private static Map<String, JsonNode> byId(List<JsonNode> objects) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    for (JsonNode o : objects) map.put(o.get("id").isNull() ? null : o.get("id").asText(), o);
    return map;
  }

  @Test
  void outputObjectsEqualTheCoreExtraction() throws IOException {
    Map<String, JsonNode> out = byId(extractLines(dir.resolve("out")));
    for (String line : GOOD) {
      JsonNode expected = direct(line);
      assertEquals(expected, out.get(expected.get("id").asText()), expected.get("id").asText());
    }
    assertEquals("2024-03-10", out.get("jenin").get("published").asText(), "--published fills a missing date");
    assertEquals("2024-03-12", out.get("odesa").get("published").asText(), "a record's own date wins");
  }

  @Test
  void extractLinesKeepInputOrderAndSkipBlankLines() throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonNode o : extractLines(dir.resolve("out"))) ids.add(o.get("id").isNull() ? null : o.get("id").asText());
    assertEquals(6, ids.size(), ids.toString());
    assertEquals(Arrays.asList("odesa", null, "notext", "jenin"), ids.subList(0, 4));
    assertTrue(ids.get(4).startsWith("in.jsonl#"), "an id-less record gets file#digest: " + ids.get(4));
    assertEquals("khartoum", ids.get(5));
  }

  @Test
  void badRecordsBecomeErrorRowsAndTheJobGoesOn() throws IOException {
    assertEquals(6, summary.articles());
    assertEquals(2, summary.errors());
    Map<String, Row> articles = new LinkedHashMap<>();
    for (Row r : spark.read().parquet(dir.resolve("out/articles").toString()).collectAsList()) {
      articles.put(r.getAs("id"), r);
    }
    Row broken = articles.get(null);
    assertTrue(broken.<String>getAs("error").startsWith("in.jsonl: not valid JSON"), broken.toString());
    assertEquals("in.jsonl: no \"text\" field", articles.get("notext").getAs("error"));
    assertNull(articles.get("odesa").getAs("error"));
    assertEquals("in.jsonl", articles.get("odesa").getAs("source"));
    Map<String, JsonNode> out = byId(extractLines(dir.resolve("out")));
    assertEquals("in.jsonl: no \"text\" field", out.get("notext").get("error").asText());
    assertFalse(out.get("notext").has("events"));
  }

  @Test
  void eventAndStatementTablesMatchTheJsonOutput() throws IOException {
    Map<String, JsonNode> out = byId(extractLines(dir.resolve("out")));
    var events = spark.read().parquet(dir.resolve("out/events").toString());
    var statements = spark.read().parquet(dir.resolve("out/statements").toString());
    assertEquals(Arrays.asList(EventTable.SCHEMA.fieldNames()), Arrays.asList(events.schema().fieldNames()));
    assertEquals(Arrays.asList(StatementTable.SCHEMA.fieldNames()), Arrays.asList(statements.schema().fieldNames()));
    long eventCount = 0, statementCount = 0;
    for (JsonNode o : out.values()) {
      if (o.has("events")) eventCount += o.get("events").size();
      if (o.has("statements")) statementCount += o.get("statements").size();
    }
    assertEquals(eventCount, summary.events());
    assertEquals(statementCount, summary.statements());
    assertEquals(eventCount, events.count());
    assertEquals(statementCount, statements.count());
    for (Row r : events.collectAsList()) {
      JsonNode e = out.get(r.<String>getAs("article_id")).get("events").get(r.<Integer>getAs("event_index"));
      assertEquals(e.get("type").asText(), r.getAs("type"));
      assertEquals(e.get("cameo").asText(), r.getAs("cameo"));
      assertEquals(e.get("modality").asText(), r.getAs("modality"));
      assertEquals(e.get("trigger").get("text").asText(), r.getAs("trigger_text"));
      assertEquals(e.get("trigger").get("start").asInt(), r.<Integer>getAs("trigger_start"));
    }
    for (Row r : statements.collectAsList()) {
      JsonNode s = out.get(r.<String>getAs("article_id")).get("statements").get(r.<Integer>getAs("statement_index"));
      assertEquals(s.get("cue").get("text").asText(), r.getAs("cue_text"));
      assertEquals(s.get("cue").get("start").asInt(), r.<Integer>getAs("cue_start"));
      assertEquals(s.get("stance").asText(), r.getAs("stance"));
    }
  }

  @Test
  void existingOutputDirectoryIsRefusedBeforeExtracting() {
    String out = dir.resolve("out").toString();
    UsageException e = assertThrows(UsageException.class, () -> SparkExtractJob.run(spark,
        JobOptions.parse("--in", dir.resolve("in.jsonl").toString(), "--out", out)));
    assertEquals("--out " + out + " already exists; give a new directory", e.getMessage());
  }

  @Test
  void parquetInputGivesTheSameObjects() throws IOException {
    StructType schema = new StructType()
        .add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("published", DataTypes.DateType);
    List<Row> rows = new ArrayList<>();
    for (String line : GOOD) {
      JsonNode n = mapper.readTree(line);
      rows.add(RowFactory.create(n.get("id").asText(), n.get("text").asText(),
          n.has("published") ? Date.valueOf(n.get("published").asText()) : null));
    }
    Path in = dir.resolve("in-parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(in.toString());
    JobSummary s = SparkExtractJob.run(spark, JobOptions.parse("--in", in.toString(), "--out",
        dir.resolve("out-parquet").toString(), "--format", "parquet", "--published", DEFAULT_PUBLISHED.toString()));
    assertEquals(3, s.articles());
    assertEquals(0, s.errors());
    Map<String, JsonNode> fromParquet = byId(extractLines(dir.resolve("out-parquet")));
    for (String line : GOOD) {
      JsonNode expected = direct(line);
      assertEquals(expected, fromParquet.get(expected.get("id").asText()));
    }
  }
}
