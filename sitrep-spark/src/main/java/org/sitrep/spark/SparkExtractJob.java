package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Sitrep extraction as a Spark batch job. Reads articles, extracts them on the executors with the standard core
 * pipeline, and writes under {@code --out}:
 * <ul>
 *   <li>{@code extract/}: JSON Lines, one CONTRACT.md output object per article, files by name and each file's
 *       records in input order, the same objects
 *       {@code ./sitrep extract} writes ({"id","error"} for a record that failed);</li>
 *   <li>{@code articles/}: Parquet, one row per record: id, source file, error (null when fine), event and
 *       statement counts;</li>
 *   <li>{@code events/}, {@code statements/}: Parquet, one flat row per event or statement
 *       ({@link EventTable}, {@link StatementTable}).</li>
 * </ul>
 * Usage: {@code spark-submit --class org.sitrep.spark.SparkExtractJob ... --in PATH --out DIR [--format
 * jsonl|parquet] [--published YYYY-MM-DD]}; see {@link JobOptions#USAGE}. Exit codes as the CLI's: 0 fine, 1 some
 * records failed, 2 usage error (bad option, missing input, output directory already there).
 */
public final class SparkExtractJob {
  private SparkExtractJob() {}

  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) System.exit(code);
  }

  static int run(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (UsageException e) {
      System.err.println("sitrep-spark: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("sitrep-extract").getOrCreate();
    try {
      JobSummary summary = run(spark, options);
      System.err.println("sitrep-spark: " + summary.line());
      return summary.errors() == 0 ? 0 : 1;
    } catch (UsageException e) {
      System.err.println("sitrep-spark: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      // Scala code throws the checked AnalysisException undeclared: Spark's own words for a missing input path.
      // Everything else goes on up to spark-submit with its stack trace.
      if (!(e instanceof AnalysisException)) throw e;
      System.err.println("sitrep-spark: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in an existing session (tests, notebooks); the session stays open. */
  static JobSummary run(SparkSession spark, JobOptions options) {
    refuseExistingOutput(spark, options.out());
    Dataset<Row> records = read(spark, options).withColumn("seq", monotonically_increasing_id());
    int partitions = options.partitions() > 0 ? options.partitions() : 3 * spark.sparkContext().defaultParallelism();
    Dataset<Row> results = records.repartition(partitions)
        .mapPartitions(new ArticleExtraction(options.extractorConfig(), options.published()),
            Encoders.row(ArticleExtraction.SCHEMA))
        // Four outputs are written from these results: kept, so that each article is extracted once.
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      String out = options.out();
      // Spark reads the largest files first; ordering by file name, then position, gives each file's records in
      // their input order.
      results.orderBy("source", "seq").select("json").write().text(out + "/extract");
      results.select(col("id"), col("source"), col("error"),
              size(col("events")).as("events"), size(col("statements")).as("statements"))
          .write().parquet(out + "/articles");
      results.select(explode(col("events")).as("e")).select("e.*").write().parquet(out + "/events");
      results.select(explode(col("statements")).as("s")).select("s.*").write().parquet(out + "/statements");
      Row totals = results.agg(count(lit(1)), sum(when(col("error").isNotNull(), 1).otherwise(0)),
          sum(size(col("events"))), sum(size(col("statements")))).first();
      return new JobSummary(totals.getLong(0), orZero(totals, 1), orZero(totals, 2), orZero(totals, 3), out);
    } finally {
      results.unpersist();
    }
  }

  /** Checked before extracting, not when the first output is written hours of extraction later. */
  private static void refuseExistingOutput(SparkSession spark, String out) {
    Path path = new Path(out);
    try {
      if (path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        throw new UsageException("--out " + out + " already exists; give a new directory");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check --out " + out, e);
    }
  }

  /** Input records as (source file name, JSON text of the record); blank lines are skipped as the CLI does. */
  private static Dataset<Row> read(SparkSession spark, JobOptions options) {
    if (options.format() == JobOptions.InputFormat.PARQUET) {
      // Each row goes through the same ArticleParser as a JSON line, so types are checked and errors worded alike.
      Dataset<Row> rows = spark.read().parquet(options.in());
      return rows.select(col("_metadata.file_name").as("source"), to_json(struct(col("*"))).as("line"));
    }
    return spark.read().text(options.in())
        .select(col("_metadata.file_name").as("source"), col("value").as("line"))
        .where(trim(col("line")).notEqual(""));
  }

  /** sum() over no rows is null. */
  private static long orZero(Row r, int i) { return r.isNullAt(i) ? 0 : r.getLong(i); }
}
