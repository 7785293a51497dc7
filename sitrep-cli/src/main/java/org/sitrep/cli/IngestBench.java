package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.model.Article;
import org.sitrep.store.ArticleProcessor;
import org.sitrep.store.ExtractorProcessor;
import org.sitrep.store.Ingest;
import org.sitrep.store.IngestListener;
import org.sitrep.store.IngestSummary;
import org.sitrep.store.Store;

/**
 * {@code ./sitrep bench --ingest}: the same articles through bare extraction (the extract object of each, as
 * {@code ./sitrep extract} makes it, then dropped) and through ingest (read from a JSON Lines file, extracted, stored,
 * clustered), on the same threads and the same loaded extractor, so that the ratio is the cost of the store. A few
 * articles are extracted first, untimed, so that neither run pays for the JIT's warm-up alone.
 */
final class IngestBench {
  private static final int WARM_UP = 3;

  private final List<Article> articles;
  private final int threads;
  private final String db;
  private final boolean cascade;
  /** Builds the processor; tests replace it to avoid loading CoreNLP. */
  Supplier<ArticleProcessor> processorFactory;

  IngestBench(List<Article> articles, int threads, String db, boolean cascade) {
    this.articles = List.copyOf(articles);
    this.threads = threads;
    this.db = db;
    this.cascade = cascade;
    this.processorFactory = () -> new ExtractorProcessor(new Extractor(new ExtractorConfig(ExtractorConfig.DEFAULT_MAX_CHARS, this.cascade)));
  }

  /** What one timed run did. */
  record Timing(String name, int articles, double seconds) {
    double articlesPerSecond() { return articles / seconds; }
  }

  int run(PrintWriter out, String in) throws Exception {
    long t0 = System.nanoTime();
    ArticleProcessor processor = processorFactory.get();
    double load = (System.nanoTime() - t0) / 1e9;
    for (Article a : articles.subList(0, Math.min(WARM_UP, articles.size()))) processor.process(a);
    Timing bare = extractOnly(processor);
    Path dir = Files.createTempDirectory("sitrep-bench-ingest");
    Path input = dir.resolve("articles.jsonl");
    String location = db != null ? db : dir.resolve("bench.db").toString();
    try {
      writeJsonLines(input);
      IngestSummary summary;
      Timing stored;
      try (Store store = Store.open(location)) {
        long s0 = System.nanoTime();
        summary = new Ingest(store, processor, threads).run(List.of(input), IngestListener.NONE);
        stored = new Timing("ingest (" + store.backend().name().toLowerCase(java.util.Locale.ROOT) + ")",
            (int) summary.articles(), (System.nanoTime() - s0) / 1e9);
      }
      out.printf("bench --ingest: %s, %d articles, %d thread(s), extractor load %.1f s, %d warm-up articles untimed%n", in,
          articles.size(), threads, load, Math.min(WARM_UP, articles.size()));
      out.printf("%-22s %9s %10s %11s%n", "run", "articles", "seconds", "articles/s");
      for (Timing t : List.of(bare, stored)) {
        out.printf("%-22s %9d %10.1f %11.3f%n", t.name(), t.articles(), t.seconds(), t.articlesPerSecond());
      }
      out.println(summary.line());
      out.printf("ingest / extract throughput: %.3f (1.000 = the store costs nothing)%n",
          stored.articlesPerSecond() / bare.articlesPerSecond());
      out.flush();
      return summary.errors().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    } finally {
      if (db == null) {
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(dir.resolve("bench.db" + suffix));
      }
      Files.deleteIfExists(input);
      Files.deleteIfExists(dir);
    }
  }

  /** Extracts every article on the bench's threads and keeps nothing: what ./sitrep extract does, minus writing. */
  private Timing extractOnly(ArticleProcessor processor) throws Exception {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ObjectNode>> fs = new ArrayList<>();
      for (Article a : articles) fs.add(pool.submit(() -> processor.process(a)));
      for (Future<ObjectNode> f : fs) f.get();
    } finally {
      pool.shutdown();
    }
    return new Timing("extract (no store)", articles.size(), (System.nanoTime() - t0) / 1e9);
  }

  /** The articles as the JSON Lines ingest reads. */
  private void writeJsonLines(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("text", a.text());
        if (a.published() != null) o.put("published", a.published().toString());
        if (a.title() != null) o.put("title", a.title());
        if (a.source() != null) o.put("source", a.source());
        if (a.url() != null) o.put("url", a.url());
        if (a.lang() != null) o.put("lang", a.lang());
        w.write(mapper.writeValueAsString(o));
        w.newLine();
      }
    }
  }
}
