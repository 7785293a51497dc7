package org.sitrep.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The events Parquet table: one row per event, its nested parts (code, trigger, location, time, actors) flattened
 * into columns so that analysts can filter and group in SQL without exploding structs. Values are those of the
 * contract's output object; {@code event_index} is the event's position in the article's "events" array.
 */
final class EventTable {
  static final StructType SCHEMA = new StructType()
      .add("article_id", StringType, false)
      .add("event_index", IntegerType, false)
      .add("type", StringType, false)
      .add("mode", StringType)
      .add("cameo", StringType, false)
      .add("goldstein", DoubleType, false)
      .add("acled_event_type", StringType)
      .add("acled_sub_event_type", StringType)
      .add("modality", StringType, false)
      .add("confidence", DoubleType, false)
      .add("trigger_text", StringType, false)
      .add("trigger_start", IntegerType, false)
      .add("trigger_end", IntegerType, false)
      .add("sentence_start", IntegerType, false)
      .add("sentence_end", IntegerType, false)
      .add("actor_names", createArrayType(StringType, false), false)
      .add("actor_countries", createArrayType(StringType, true), false)
      .add("actor_sectors", createArrayType(StringType, true), false)
      .add("recipient_names", createArrayType(StringType, false), false)
      .add("recipient_countries", createArrayType(StringType, true), false)
      .add("recipient_sectors", createArrayType(StringType, true), false)
      .add("location_text", StringType)
      .add("location_name", StringType)
      .add("location_lat", DoubleType)
      .add("location_lon", DoubleType)
      .add("location_country", StringType)
      .add("location_admin1", StringType)
      .add("location_geonameid", LongType)
      .add("location_level", StringType)
      .add("time_text", StringType)
      .add("time_value", StringType)
      .add("time_granularity", StringType)
      .add("time_resolved", BooleanType)
      .add("time_level", StringType)
      .add("reported_by_statement", IntegerType)
      .add("reporter_name", StringType)
      .add("reporter_country", StringType);

  private EventTable() {}

  static Row row(String articleId, int index, Event e, String text) {
    Place p = e.location();
    TimeExpression t = e.time();
    Actor reporter = e.reporter();
    boolean reported = e.reportedBy() >= 0;
    return RowFactory.create(articleId, index,
        e.code().plover(), e.code().mode(), e.code().cameo(), e.code().goldstein(),
        e.code().acled() == null ? null : e.code().acled().eventType(),
        e.code().acled() == null ? null : e.code().acled().subEventType(),
        e.modality().label(), Math.round(e.confidence() * 1000) / 1000.0,
        covered(e.trigger(), text), e.trigger().start(), e.trigger().end(),
        e.sentence().start(), e.sentence().end(),
        each(e.actors(), Actor::name), each(e.actors(), Actor::country), each(e.actors(), Actor::sector),
        each(e.recipients(), Actor::name), each(e.recipients(), Actor::country), each(e.recipients(), Actor::sector),
        p == null ? null : covered(p.span(), text), p == null ? null : p.name(),
        p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.country(),
        p == null ? null : p.admin1(), p == null ? null : p.geonameid(), p == null ? null : e.locationLevel(),
        t == null ? null : covered(t.span(), text), t == null ? null : t.value(),
        t == null ? null : t.granularity().label(), t == null ? null : t.resolved(), t == null ? null : e.timeLevel(),
        reported ? e.reportedBy() : null,
        reported && reporter != null ? reporter.name() : null,
        reported && reporter != null ? reporter.country() : null);
  }

  static String covered(Span s, String text) { return s.coveredText(text); }

  /** One field of each actor, as a Scala sequence: Spark's row encoder takes no java.util.List for an array column. */
  static Seq<String> each(List<Actor> actors, Function<Actor, String> field) {
    List<String> values = new ArrayList<>(actors.size());
    for (Actor a : actors) values.add(field.apply(a));
    return CollectionConverters.asScala(values).toSeq();
  }
}
