package org.sitrep.spark;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.json.ExtractionJson;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Statement;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Extracts one partition of input records ({@code seq}, {@code source}, {@code line}: a JSON object as text) with
 * this executor's shared {@link Extractor}, giving one result row per record: the contract's output object as
 * JSON, and the article's events and statements as rows of {@link EventTable} and {@link StatementTable}. A record
 * that cannot be read or extracted gives a row with {@code error} set (and {"id","error"} as its JSON), as the CLI
 * gives an error line; the partition goes on.
 */
final class ArticleExtraction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA = new StructType()
      .add("seq", LongType, false)
      .add("id", StringType)
      .add("source", StringType)
      .add("error", StringType)
      .add("json", StringType, false)
      .add("events", createArrayType(EventTable.SCHEMA, false), false)
      .add("statements", createArrayType(StatementTable.SCHEMA, false), false);

  private static final Seq<Row> NONE = CollectionConverters.asScala(List.<Row>of()).toSeq();

  private final LocalDate published;
  private final int maxChars;
  private final boolean cascade;

  /** ExtractorConfig is not Serializable; its fields travel to the executors and it is rebuilt there. */
  ArticleExtraction(ExtractorConfig config, LocalDate published) {
    this.published = published;
    this.maxChars = config.maxChars();
    this.cascade = config.cascade();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    Extractor extractor = ExecutorExtractor.get(new ExtractorConfig(maxChars, cascade));
    ArticleParser parser = new ArticleParser();
    ObjectMapper mapper = new ObjectMapper();
    ExtractionJson json = new ExtractionJson(mapper);
    // Lazy, record by record: a partition's results are never all held in memory at once.
    return new Iterator<>() {
      @Override
      public boolean hasNext() { return records.hasNext(); }

      @Override
      public Row next() {
        Row r = records.next();
        return extract(r.<Long>getAs("seq"), r.getAs("source"), r.getAs("line"), extractor, parser, mapper, json);
      }
    };
  }

  private Row extract(long seq, String source, String line, Extractor extractor, ArticleParser parser,
                      ObjectMapper mapper, ExtractionJson json) {
    String id = parser.idOf(line);
    try {
      Article a = parser.parse(line, source, id != null ? id : fallbackId(source, line), published);
      id = a.id();
      Doc doc = extractor.extract(a);
      return RowFactory.create(seq, id, source, null, text(mapper, json.write(doc)),
          eventRows(id, doc), statementRows(id, doc));
    } catch (BadInputException e) {
      String msg = e.getMessage();
      return failed(seq, id, source, msg.startsWith(source) ? msg : source + ": " + msg, mapper, json);
    } catch (RuntimeException | StackOverflowError e) {
      // An article that breaks a stage must not fail the task (Spark would retry it, then end the job).
      return failed(seq, id, source, source + ": extraction failed: " + e, mapper, json);
    }
  }

  private static Row failed(long seq, String id, String source, String message, ObjectMapper mapper, ExtractionJson json) {
    return RowFactory.create(seq, id, source, message, text(mapper, json.error(id, message)), NONE, NONE);
  }

  /** Scala sequences, as Spark's row encoder wants for array columns. */
  private static Seq<Row> eventRows(String id, Doc doc) {
    List<Row> rows = new ArrayList<>();
    List<Event> events = layer(doc, Layers.EVENTS);
    for (int i = 0; i < events.size(); i++) rows.add(EventTable.row(id, i, events.get(i), doc.text()));
    return CollectionConverters.asScala(rows).toSeq();
  }

  private static Seq<Row> statementRows(String id, Doc doc) {
    List<Row> rows = new ArrayList<>();
    List<Statement> statements = layer(doc, Layers.STATEMENTS);
    for (int i = 0; i < statements.size(); i++) rows.add(StatementTable.row(id, i, statements.get(i), doc.text()));
    return CollectionConverters.asScala(rows).toSeq();
  }

  /** As ExtractionJson: a layer the standard pipeline does not (yet) add is empty. */
  private static <T> List<T> layer(Doc doc, Layer<List<T>> layer) {
    return doc.has(layer) ? doc.get(layer) : List.of();
  }

  /**
   * The id of a record that has none. The CLI uses "file:line", but Spark's file sources do not expose line
   * numbers; a digest of the record is stable across runs and tells two id-less records of one file apart.
   */
  static String fallbackId(String source, String line) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
      return source + "#" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String text(ObjectMapper mapper, ObjectNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree built in memory could not be written", e);
    }
  }
}
