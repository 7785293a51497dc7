package org.sitrep.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.StringJoiner;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;

/**
 * The statements Parquet table: one row per statement with speaker, cue, stance, content, medium and target as
 * columns. A statement's content may be several spans (a quote split by "he said"): {@code content_text} joins
 * them with a space, {@code content_start}/{@code content_end} run from the first to the last; the JSON output
 * keeps the separate spans.
 */
final class StatementTable {
  static final StructType SCHEMA = new StructType()
      .add("article_id", StringType, false)
      .add("statement_index", IntegerType, false)
      .add("speaker_text", StringType)
      .add("speaker_start", IntegerType)
      .add("speaker_end", IntegerType)
      .add("speaker_name", StringType)
      .add("speaker_country", StringType)
      .add("speaker_sector", StringType)
      .add("speaker_role", StringType)
      .add("cue_text", StringType, false)
      .add("cue_start", IntegerType, false)
      .add("cue_end", IntegerType, false)
      .add("cue_lemma", StringType)
      .add("stance", StringType, false)
      .add("direct", BooleanType, false)
      .add("content_text", StringType)
      .add("content_start", IntegerType)
      .add("content_end", IntegerType)
      .add("content_parts", IntegerType, false)
      .add("medium_text", StringType)
      .add("target_name", StringType)
      .add("target_country", StringType);

  private StatementTable() {}

  static Row row(String articleId, int index, Statement s, String text) {
    Actor sp = s.speaker();
    Span mention = sp == null ? null : sp.span();
    StringJoiner content = new StringJoiner(" ");
    for (Span c : s.content()) content.add(c.coveredText(text));
    boolean hasContent = !s.content().isEmpty();
    Span extent = null;
    for (Span c : s.content()) extent = extent == null ? c : extent.union(c);
    return RowFactory.create(articleId, index,
        mention == null ? null : mention.coveredText(text),
        mention == null ? null : mention.start(), mention == null ? null : mention.end(),
        sp == null ? null : sp.name(), sp == null ? null : sp.country(), sp == null ? null : sp.sector(),
        sp == null ? null : sp.role(),
        s.cue().coveredText(text), s.cue().start(), s.cue().end(), s.cueLemma(),
        s.stance().label(), s.direct(),
        hasContent ? content.toString() : null,
        hasContent ? extent.start() : null, hasContent ? extent.end() : null,
        s.content().size(),
        s.medium() == null ? null : s.medium().coveredText(text),
        s.target() == null ? null : s.target().name(), s.target() == null ? null : s.target().country());
  }
}
