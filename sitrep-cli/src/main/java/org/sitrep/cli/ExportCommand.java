package org.sitrep.cli;

import java.io.Writer;
import java.util.concurrent.Callable;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.Exporter;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./sitrep export: the store as JSON Lines, GDELT, ICEWS or ACLED CSV, or PLOVER records. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the store out. jsonl: the extract object of each article with \"cluster\" on each event;",
        "gdelt, icews, acled: CSV with those datasets' column names; plover: PLOVER JSON records (one a line).",
        "Column mappings: docs/export-formats.md."})
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "DB",
      description = "SQLite file or jdbc:postgresql:// URL (default: $SITREP_DB, else sitrep.db).")
  String db;

  @Option(names = "--format", required = true, paramLabel = "jsonl|gdelt|icews|plover|acled",
      description = "Output format.")
  String format;

  @Option(names = "--out", paramLabel = "FILE|-", description = "Output file, or - for stdout (default: -).")
  String out = "-";

  @Override
  public Integer call() throws Exception {
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
    try (Store store = Store.openExisting(StoreOption.resolve(db)); Writer w = OutputTarget.open(out, spec)) {
      new Exporter(store).write(f, w);
    }
    return ExitCodes.OK;
  }

}
