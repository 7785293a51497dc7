package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.store.ArticleProcessor;
import org.sitrep.store.ExtractorProcessor;
import org.sitrep.store.Ingest;
import org.sitrep.store.IngestListener;
import org.sitrep.store.IngestSummary;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./sitrep ingest: extract articles into the store, once each; safe to kill and re-run. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract articles (JSON Lines, .json, .txt files, or folders of them) into the store.",
        "Articles already stored (same id and text) are skipped; each article is committed as soon as it is extracted,"
            + " so a killed run can simply be re-run.",
        "An article with a title (JSON \"title\", a page's og:title or <title>, a feed item's title) is read and stored"
            + " as the title, a blank line, then its text: offsets of the stored extraction index that text, and its"
            + " \"bodyOffset\" says where the input text begins.",
        "Ends with: ingested N articles (M new, K already stored), E events, S statements, X errors"})
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or folders.")
  List<Path> paths;

  @Option(names = "--db", paramLabel = "DB",
      description = "SQLite file or jdbc:postgresql:// URL (default: $SITREP_DB, else sitrep.db).")
  String db;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: 1).")
  int threads = 1;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that have none; anchors relative dates like 'yesterday'.")
  String published;

  /** The processor to use; tests replace it to avoid loading CoreNLP. */
  java.util.function.Supplier<ArticleProcessor> processorFactory =
      () -> new ExtractorProcessor(new Extractor(ExtractorConfig.defaults()));

  @Override
  public Integer call() throws Exception {
    if (threads < 1) throw new UsageException("--threads must be at least 1, got " + threads);
    java.time.LocalDate date;
    try {
      date = published == null ? null : org.sitrep.core.json.ArticleParser.parseDate(published, "--published");
    } catch (org.sitrep.core.pipeline.BadInputException e) {
      throw new UsageException(e.getMessage());
    }
    for (Path p : paths) if (!Files.exists(p)) throw new UsageException("input " + p + " does not exist");
    PrintWriter err = spec.commandLine().getErr();
    // The store opens first: a broken or foreign database fails in a second, not after loading the models.
    try (Store store = Store.open(StoreOption.resolve(db))) {
      ArticleProcessor processor = processorFactory.get();
      IngestSummary summary;
      try (Progress progress = new Progress(err)) {
        summary = new Ingest(store, processor, threads).withDefaultPublished(date).run(paths, progress);
      }
      spec.commandLine().getOut().println(summary.line());
      spec.commandLine().getOut().flush();
      return summary.errors().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
  }

  /** A progress bar with rate and ETA on the process's stderr; record errors go to the command's stderr. */
  static final class Progress implements IngestListener, AutoCloseable {
    private final PrintWriter err;
    private ProgressBar bar;

    Progress(PrintWriter err) { this.err = err; }

    @Override
    public void started(long records) {
      bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(records).setUnit(" articles", 1)
          .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void step() { if (bar != null) bar.step(); }

    @Override
    public void failed(String message) {
      err.println("sitrep ingest: " + message);
      err.flush();
    }

    @Override
    public void close() { if (bar != null) bar.close(); }
  }
}
