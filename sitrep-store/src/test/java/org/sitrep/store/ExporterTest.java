package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;

class ExporterTest {
  @TempDir Path dir;
  private final FakeProcessor processor = new FakeProcessor();
  private final ObjectMapper mapper = new ObjectMapper();
  private Store store;

  @BeforeEach
  void fill() {
    store = Store.open(dir.resolve("x.db").toString());
    Article a = new Article("wire-1", "Shelling hit Kharkiv, officials said.\n"
        + FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "UKR")
        + "\n" + FakeProcessor.event("CONSULT", "040", "", "", 0, 0, "", "", "UKR", "POL"),
        LocalDate.parse("2023-06-04"), "Shelling", "Test Wire", "https://example.org/1", "en");
    store.save(a, processor.process(a));
    new Clusterer(ClusterRule.DEFAULT).recluster(store);
  }

  @AfterEach
  void close() { store.close(); }

  private List<String> lines(ExportFormat f) {
    StringWriter w = new StringWriter();
    new Exporter(store).write(f, w);
    return Arrays.asList(w.toString().split("\r?\n"));
  }

  @Test
  void jsonlIsTheExtractObjectWithAClusterOnEachEvent() throws Exception {
    List<String> lines = lines(ExportFormat.JSONL);
    assertEquals(1, lines.size());
    JsonNode o = mapper.readTree(lines.get(0));
    assertEquals("wire-1", o.get("id").asText());
    assertEquals("ASSAULT", o.get("events").get(0).get("type").asText());
    assertEquals(1, o.get("events").get(0).get("cluster").asLong());
    assertEquals(2, o.get("events").get(1).get("cluster").asLong());
  }

  @Test
  void gdeltRowsCarryCameoQuadClassAndPlace() {
    List<String> lines = lines(ExportFormat.GDELT);
    assertEquals(String.join(",", Exporter.GDELT_COLUMNS), lines.get(0));
    assertEquals("1,20230603,RUS forces,RUS,MIL,UKR forces,UKR,MIL,195,195,19,4,-10.0,1,4,Kharkiv,UA,07,49.99,36.23,,"
        + "https://example.org/1,1,wire-1,ASSAULT", lines.get(1));
    assertEquals("2,20230604,UKR forces,UKR,MIL,POL forces,POL,MIL,040,040,04,1,-10.0,1,,,,,,,,"
        + "https://example.org/1,2,wire-1,CONSULT", lines.get(2));
  }

  @Test
  void icewsRowsUseIcewsColumnNames() {
    List<String> lines = lines(ExportFormat.ICEWS);
    assertEquals(String.join(",", Exporter.ICEWS_COLUMNS), lines.get(0));
    assertEquals("1,2023-06-03,RUS forces,MIL,RUS,EVENT,195,-10.0,UKR forces,MIL,UKR,wire-1,,Test Wire,Kharkiv,,07,UA,"
        + "49.99,36.23,1,ASSAULT", lines.get(1));
  }

  @Test
  void acledRowsOnlyForEventsWithAnAcledType() {
    List<String> lines = lines(ExportFormat.ACLED);
    assertEquals(String.join(",", Exporter.ACLED_COLUMNS), lines.get(0));
    assertEquals(2, lines.size(), "the consultation has no ACLED type");
    assertEquals("UA1,2023-06-03,2023,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
        + "RUS forces,UKR forces,UA,07,Kharkiv,49.99,36.23,1,Test Wire,https://example.org/1,"
        + "EVENT ASSAULT|195|2023-06-03|Kharkiv|49.99|36.23|UA|07|RUS|UKR,,1,wire-1", lines.get(1));
  }

  @Test
  void ploverRecordsFollowTheGsrLayout() throws Exception {
    List<String> lines = lines(ExportFormat.PLOVER);
    assertEquals(2, lines.size());
    JsonNode r = mapper.readTree(lines.get(0));
    assertEquals("wire-1-0", r.get("id").asText());
    assertEquals("2023-06-03", r.get("date").asText());
    assertEquals("ASSAULT", r.get("event").asText());
    assertEquals("RUS", r.get("source").get(0).get("code").asText());
    assertEquals("UKR", r.get("target").get(0).get("code").asText());
    assertEquals("Kharkiv", r.get("eventLoc").get("name").asText());
    assertEquals("UA", r.get("eventLoc").get("country code").asText());
    assertEquals("2023-06-04", mapper.readTree(lines.get(1)).get("date").asText(), "no own date: the article's");
  }

  @Test
  void csvFieldsWithCommasAndQuotesAreQuoted() throws Exception {
    StringWriter w = new StringWriter();
    Exporter.csvLine(w, Arrays.asList("a,b", "say \"no\"", null, "plain"));
    assertEquals("\"a,b\",\"say \"\"no\"\"\",,plain\r\n", w.toString());
  }

  @Test
  void unknownFormatNamesTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("csv"));
    assertEquals("unknown format \"csv\", expected jsonl, gdelt, icews, plover or acled", e.getMessage());
  }
}
