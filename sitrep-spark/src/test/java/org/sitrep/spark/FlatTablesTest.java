package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.AcledType;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventCode;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Modality;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;
import scala.jdk.javaapi.CollectionConverters;

/** The event and statement rows, built from hand-made records: every column holds the value named for it. */
class FlatTablesTest {
  private static final String TEXT = "Police in Kherson said Russian artillery shelled a market on Monday, \"killing two\".";

  private static Span span(String covered) {
    int start = TEXT.indexOf(covered);
    return new Span(start, start + covered.length());
  }

  /** A column's value; array columns (Scala sequences) come back as Java lists. */
  private static Object value(Row row, StructType schema, String column) {
    Object v = row.get(schema.fieldIndex(column));
    return v instanceof scala.collection.Seq<?> seq ? CollectionConverters.asJava(seq) : v;
  }

  private static Event shelling(int reportedBy, Actor reporter, Place place, TimeExpression time) {
    Actor artillery = new Actor(span("Russian artillery"), "Russian artillery", "Russian military", "RUS", "MIL", null);
    return new Event(new EventCode("ASSAULT", "aerial", "195", -10.0, new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        List.of(artillery), List.of(), place, "sentence", time, "sentence", Modality.ASSERTED, reportedBy, reporter,
        span("shelled"), new Span(0, TEXT.length()), 0.81234);
  }

  @Test
  void eventRowFlattensCodeTriggerActorsPlaceTimeAndReporter() {
    Place kherson = new Place(span("Kherson"), "Kherson", "Kherson", 46.6354, 32.6169, "UA", "Kherson Oblast", 706448L, "PPLA");
    TimeExpression monday = new TimeExpression(span("Monday"), "Monday", "2024-03-11", Granularity.DAY, true,
        LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 11), false);
    Actor police = new Actor(span("Police"), "Police", "Ukrainian police", "UKR", "COP", null);
    Row row = EventTable.row("a7", 2, shelling(0, police, kherson, monday), TEXT);
    StructType s = EventTable.SCHEMA;
    assertEquals(s.size(), row.length());
    assertEquals("a7", value(row, s, "article_id"));
    assertEquals(2, value(row, s, "event_index"));
    assertEquals("ASSAULT", value(row, s, "type"));
    assertEquals("aerial", value(row, s, "mode"));
    assertEquals("195", value(row, s, "cameo"));
    assertEquals(-10.0, value(row, s, "goldstein"));
    assertEquals("Explosions/Remote violence", value(row, s, "acled_event_type"));
    assertEquals("Shelling/artillery/missile attack", value(row, s, "acled_sub_event_type"));
    assertEquals("asserted", value(row, s, "modality"));
    assertEquals(0.812, value(row, s, "confidence"));
    assertEquals("shelled", value(row, s, "trigger_text"));
    assertEquals(TEXT.indexOf("shelled"), value(row, s, "trigger_start"));
    assertEquals(TEXT.indexOf("shelled") + 7, value(row, s, "trigger_end"));
    assertEquals(TEXT.length(), value(row, s, "sentence_end"));
    assertEquals(List.of("Russian military"), value(row, s, "actor_names"));
    assertEquals(List.of("RUS"), value(row, s, "actor_countries"));
    assertEquals(List.of("MIL"), value(row, s, "actor_sectors"));
    assertEquals(List.of(), value(row, s, "recipient_names"));
    assertEquals("Kherson", value(row, s, "location_text"));
    assertEquals(46.6354, value(row, s, "location_lat"));
    assertEquals(32.6169, value(row, s, "location_lon"));
    assertEquals("UA", value(row, s, "location_country"));
    assertEquals("Kherson Oblast", value(row, s, "location_admin1"));
    assertEquals(706448L, value(row, s, "location_geonameid"));
    assertEquals("sentence", value(row, s, "location_level"));
    assertEquals("Monday", value(row, s, "time_text"));
    assertEquals("2024-03-11", value(row, s, "time_value"));
    assertEquals("day", value(row, s, "time_granularity"));
    assertEquals(true, value(row, s, "time_resolved"));
    assertEquals(0, value(row, s, "reported_by_statement"));
    assertEquals("Ukrainian police", value(row, s, "reporter_name"));
    assertEquals("UKR", value(row, s, "reporter_country"));
  }

  @Test
  void eventWithoutPlaceTimeOrReporterHasNullColumns() {
    Row row = EventTable.row("a7", 0, shelling(-1, null, null, null), TEXT);
    StructType s = EventTable.SCHEMA;
    for (String column : List.of("location_text", "location_name", "location_lat", "location_geonameid", "location_level",
        "time_text", "time_value", "time_resolved", "time_level", "reported_by_statement", "reporter_name")) {
      assertNull(value(row, s, column), column);
    }
  }

  @Test
  void statementRowJoinsSplitContentAndKeepsSpeakerMention() {
    Actor police = new Actor(span("Police"), "Police", "Ukrainian police", "UKR", "COP", null);
    Statement said = new Statement(police, span("said"), "say",
        List.of(span("Russian artillery shelled a market on Monday"), span("killing two")), null, false, Stance.ASSERT, null);
    Row row = StatementTable.row("a7", 1, said, TEXT);
    StructType s = StatementTable.SCHEMA;
    assertEquals(s.size(), row.length());
    assertEquals("a7", value(row, s, "article_id"));
    assertEquals(1, value(row, s, "statement_index"));
    assertEquals("Police", value(row, s, "speaker_text"));
    assertEquals(0, value(row, s, "speaker_start"));
    assertEquals(6, value(row, s, "speaker_end"));
    assertEquals("Ukrainian police", value(row, s, "speaker_name"));
    assertEquals("UKR", value(row, s, "speaker_country"));
    assertEquals("COP", value(row, s, "speaker_sector"));
    assertEquals("said", value(row, s, "cue_text"));
    assertEquals(TEXT.indexOf("said"), value(row, s, "cue_start"));
    assertEquals("say", value(row, s, "cue_lemma"));
    assertEquals("assert", value(row, s, "stance"));
    assertEquals(false, value(row, s, "direct"));
    assertEquals("Russian artillery shelled a market on Monday killing two", value(row, s, "content_text"));
    assertEquals(TEXT.indexOf("Russian"), value(row, s, "content_start"));
    assertEquals(TEXT.indexOf("two") + 3, value(row, s, "content_end"));
    assertEquals(2, value(row, s, "content_parts"));
    assertNull(value(row, s, "medium_text"));
    assertNull(value(row, s, "target_name"));
  }

  @Test
  void impersonalStatementHasNoSpeakerColumns() {
    Statement reported = new Statement(null, span("said"), "say", List.of(), null, false, Stance.ASSERT, null);
    Row row = StatementTable.row("a7", 0, reported, TEXT);
    StructType s = StatementTable.SCHEMA;
    for (String column : List.of("speaker_text", "speaker_start", "speaker_name", "speaker_country", "content_text", "content_start")) {
      assertNull(value(row, s, column), column);
    }
    assertEquals(0, value(row, s, "content_parts"));
  }
}
