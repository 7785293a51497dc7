package org.sitrep.spark;

import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.pipeline.BadInputException;

/**
 * The job's command line. {@code partitions} 0 means "three per core of the cluster": extraction costs far more
 * than the shuffle that spreads the input, and an input file of a few MB would otherwise be one task.
 */
record JobOptions(String in, String out, InputFormat format, LocalDate published, int partitions, int maxChars) {
  enum InputFormat { JSONL, PARQUET }

  static final String USAGE = String.join("\n",
      "usage: spark-submit --class org.sitrep.spark.SparkExtractJob ... sitrep-spark.jar \\",
      "         --in PATH --out DIR [--format jsonl|parquet] [--published YYYY-MM-DD] [--partitions N] [--max-chars N]",
      "  --in PATH         articles: a file, directory or glob of JSON Lines ({\"id\",\"text\",\"published\"?,...} a line)",
      "                    or Parquet files with the same columns",
      "  --out DIR         output directory (must not exist): extract/ (JSON Lines, one object per article),",
      "                    articles/, events/, statements/ (Parquet)",
      "  --format F        input format, jsonl (default) or parquet",
      "  --published DATE  publication date for articles that have none; anchors relative dates like 'yesterday'",
      "  --partitions N    extraction tasks (default: 3 per core)",
      "  --max-chars N     refuse longer articles with an error row (default: " + ExtractorConfig.DEFAULT_MAX_CHARS + ")");

  static JobOptions parse(String... args) {
    String in = null, out = null;
    InputFormat format = InputFormat.JSONL;
    LocalDate published = null;
    int partitions = 0, maxChars = ExtractorConfig.DEFAULT_MAX_CHARS;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--help") || name.equals("-h")) throw new UsageException("help requested");
      if (i + 1 >= args.length) throw new UsageException(name + " needs a value");
      String value = args[++i];
      switch (name) {
        case "--in" -> in = value;
        case "--out" -> out = value;
        case "--format" -> format = format(value);
        case "--published" -> published = date(value);
        case "--partitions" -> partitions = positive(name, value);
        case "--max-chars" -> maxChars = positive(name, value);
        default -> throw new UsageException("unknown option " + name);
      }
    }
    if (in == null) throw new UsageException("--in PATH is required");
    if (out == null) throw new UsageException("--out DIR is required");
    return new JobOptions(in, out, format, published, partitions, maxChars);
  }

  ExtractorConfig extractorConfig() { return new ExtractorConfig(maxChars, true); }

  private static InputFormat format(String value) {
    try {
      return InputFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format is \"" + value + "\", expected jsonl or parquet");
    }
  }

  private static LocalDate date(String value) {
    try {
      return ArticleParser.parseDate(value, "--published");
    } catch (BadInputException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static int positive(String name, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) return n;
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new UsageException(name + " is \"" + value + "\", expected a positive whole number");
  }
}
