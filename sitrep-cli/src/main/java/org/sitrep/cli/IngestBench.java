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
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.core.extract.ArticleWorkers;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.model.Article;
import org.sitrep.store.ArticleProcessor;
import org.sitrep.store.ExtractorProcessor;
import org.sitrep.store.HeadlineText;
import org.sitrep.store.Ingest;
import org.sitrep.store.IngestListener;
import org.sitrep.store.IngestSummary;
import org.sitrep.store.Store;

/**
 * {@code ./sitrep bench --ingest}: the same articles through bare extraction (the extract object of each, as
 * {@code ./sitrep extract} makes it, then dropped) and through ingest (read from a JSON Lines file, extracted, stored,
 * clustered), on the same threads and the same loaded extractor, so that the ratio is the cost of the store. A few
 * articles are extracted first, untimed, so that neither run pays for the JIT's warm-up alone. The two runs take turns
 * on slices of the input (bare first on one slice, ingest first on the next), so that a machine whose load drifts
 * during the bench (a shared one) slows both alike; ingest adds each slice to the same store and clusters it.
 */
final class IngestBench {
  private static final int WARM_UP = 3;
  /** Articles per slice: enough to keep every thread busy, small enough for many turns. */
  static final int SLICE = 20;

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

  /**
   * What one timed run did: wall seconds and the process's CPU seconds (every thread: extraction, store, GC, JIT), so
   * that a machine shared with other jobs slows neither figure's ratio as it slows wall time.
   */
  record Timing(String name, int articles, double seconds, double cpuSeconds) {
    double articlesPerSecond() { return articles / seconds; }

    double articlesPerCpuSecond() { return articles / cpuSeconds; }
  }

  /** CPU time of this JVM so far, all threads, in seconds. */
  private static double processCpuSeconds() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
    return Double.NaN;
  }

  int run(PrintWriter out, String in) throws Exception {
    long t0 = System.nanoTime();
    ArticleProcessor processor = processorFactory.get();
    double load = (System.nanoTime() - t0) / 1e9;
    for (Article a : articles.subList(0, Math.min(WARM_UP, articles.size()))) extractOne(processor, a);
    Path dir = Files.createTempDirectory("sitrep-bench-ingest");
    String location = db != null ? db : dir.resolve("bench.db").toString();
    List<Path> inputs = new ArrayList<>();
    try {
      double bareSeconds = 0;
      double ingestSeconds = 0;
      double bareCpu = 0;
      double ingestCpu = 0;
      long added = 0;
      long already = 0;
      long events = 0;
      long statements = 0;
      List<String> errors = new ArrayList<>();
      String backend;
      try (Store store = Store.open(location)) {
        for (int from = 0, turn = 0; from < articles.size(); from += SLICE, turn++) {
          List<Article> slice = articles.subList(from, Math.min(articles.size(), from + SLICE));
          Path input = dir.resolve("slice-" + turn + ".jsonl");
          inputs.add(input);
          writeJsonLines(input, slice);
          for (int run = 0; run < 2; run++) {
            double c0 = processCpuSeconds();
            if ((run + turn) % 2 == 0) {
              bareSeconds += extractOnly(processor, slice);
              bareCpu += processCpuSeconds() - c0;
            } else {
              long s0 = System.nanoTime();
              IngestSummary s = new Ingest(store, processor, threads).run(List.of(input), IngestListener.NONE);
              ingestSeconds += (System.nanoTime() - s0) / 1e9;
              ingestCpu += processCpuSeconds() - c0;
              added += s.added();
              already += s.alreadyStored();
              events += s.events();
              statements += s.statements();
              errors.addAll(s.errors());
            }
          }
        }
        backend = store.backend().name().toLowerCase(java.util.Locale.ROOT);
      }
      IngestSummary summary = new IngestSummary(added + already, added, already, events, statements, errors);
      Timing bare = new Timing("extract (no store)", articles.size(), bareSeconds, bareCpu);
      // Articles that failed took their time in both runs (the bare run counts them), so they count here too.
      Timing stored = new Timing("ingest (" + backend + ")", (int) (summary.articles() + summary.errors().size()),
          ingestSeconds, ingestCpu);
      out.printf("bench --ingest: %s, %d articles, %d thread(s), extractor load %.1f s, %d warm-up articles untimed, "
          + "turns of %d articles%n", in, articles.size(), threads, load, Math.min(WARM_UP, articles.size()), SLICE);
      out.printf("%-22s %9s %10s %11s %10s %14s%n", "run", "articles", "seconds", "articles/s", "cpu s",
          "articles/cpu-s");
      for (Timing t : List.of(bare, stored)) {
        out.printf("%-22s %9d %10.1f %11.3f %10.1f %14.3f%n", t.name(), t.articles(), t.seconds(),
            t.articlesPerSecond(), t.cpuSeconds(), t.articlesPerCpuSecond());
      }
      out.println(summary.line());
      out.printf("ingest / extract throughput: %.3f (1.000 = the store costs nothing)%n",
          stored.articlesPerSecond() / bare.articlesPerSecond());
      out.printf("ingest / extract per CPU second: %.3f (process CPU time, all threads; the figure to trust on a shared"
          + " machine)%n", stored.articlesPerCpuSecond() / bare.articlesPerCpuSecond());
      out.flush();
      return summary.errors().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    } finally {
      if (db == null) {
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(dir.resolve("bench.db" + suffix));
      }
      for (Path p : inputs) Files.deleteIfExists(p);
      Files.deleteIfExists(dir);
    }
  }

  /** Extracts every article on the bench's threads and keeps nothing: what ./sitrep extract does, minus writing. */
  private double extractOnly(ArticleProcessor processor, List<Article> slice) throws Exception {
    long t0 = System.nanoTime();
    ExecutorService pool = ArticleWorkers.create(threads, "sitrep-bench");
    try {
      List<Future<ObjectNode>> fs = new ArrayList<>();
      // The same reading as ingest's (headline and text), so the two runs extract the same characters.
      for (Article a : slice) fs.add(pool.submit(() -> extractOne(processor, HeadlineText.read(a))));
      for (Future<ObjectNode> f : fs) f.get();
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /**
   * One article's extract object, or null when it fails (over the time limit on a loaded machine, say): as ingest
   * counts such an article as an error and goes on, so does the bare run, and both spend the same time on it.
   */
  private static ObjectNode extractOne(ArticleProcessor processor, Article a) {
    try {
      return processor.process(a);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The articles as the JSON Lines ingest reads. */
  private static void writeJsonLines(Path file, List<Article> articles) throws IOException {
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
