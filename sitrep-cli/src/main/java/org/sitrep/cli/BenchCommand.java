package org.sitrep.cli;

import org.sitrep.store.SourceRecord;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.core.extract.ArticleWorkers;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * ./sitrep bench: Sitrep's throughput on a corpus, and optionally a CoreNLP baseline on the same articles in the same
 * run, with sentences counted the same way (CoreNLP's sentence splitter) for both.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchServeCommand.class,
    description = {"Measure extraction speed (sentences/s, articles/s, peak heap, load time) beside a CoreNLP baseline.",
        "'bench serve' measures the API and the dashboard on a large store instead."})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--in", paramLabel = "FILE", description = "Articles: JSON Lines, a .txt file or a CSV with a body/text column (required).")
  String in;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: 1).")
  int threads = 1;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--baseline", paramLabel = "NAME", description = "Also run CoreNLP: corenlp-parse or corenlp-quote.")
  String baseline;

  @Option(names = "--no-cascade", description = "Parse every sentence (to measure what the cascade saves).")
  boolean noCascade;

  @Option(names = "--ingest", description = "Compare ingest (extraction and store) with bare extraction (extract and JSON,"
      + " no store) on the same articles, and print articles/s both ways and their ratio.")
  boolean ingest;

  @Option(names = "--db", paramLabel = "DB", description = "With --ingest: the store to ingest into, which should be new"
      + " or empty (default: a scratch SQLite file, deleted after).")
  String db;

  /**
   * One measured run; {@code workerCpuSeconds} is each worker thread's CPU time, largest first (with several threads,
   * unequal shares mean a worker waited: Sitrep's workers take sentence batches of each other's articles, the
   * baseline's do not).
   */
  record Run(String name, double loadSeconds, double loadCpuSeconds, double firstResultSeconds, double seconds, double cpuSeconds, long sentences,
      int articles, long peakHeap, long peakLiveHeap, List<Double> workerCpuSeconds) {
    double sentencesPerSecond() { return sentences / seconds; }
    /** Sentences per second of worker-thread CPU time: comparable across runs on a machine shared with other jobs. */
    double sentencesPerCpuSecond() { return sentences / cpuSeconds; }
  }

  @Override
  public Integer call() throws Exception {
    if (in == null) throw new UsageException("--in FILE is required (or 'bench serve' to measure the server)");
    if (threads < 1) throw new UsageException("--threads must be at least 1, got " + threads);
    if (baseline != null && !baseline.equals(CoreNlpBaseline.PARSE) && !baseline.equals(CoreNlpBaseline.QUOTE)) {
      throw new UsageException("--baseline is " + baseline + ", expected corenlp-parse or corenlp-quote");
    }
    if (ingest && baseline != null) throw new UsageException("--ingest and --baseline are separate runs: pass one");
    if (db != null && !ingest) throw new UsageException("--db goes with --ingest");
    List<Article> articles = load();
    PrintWriter out = spec.commandLine().getOut();
    if (ingest) return new IngestBench(articles, threads, db, !noCascade).run(out, in);
    HeapMeter heap = new HeapMeter();
    AtomicLong parsed = new AtomicLong();
    Run sitrep = runSitrep(articles, heap, parsed);
    List<Run> runs = new ArrayList<>(List.of(sitrep));
    if (baseline != null) {
      heap.reset();
      long b0 = System.nanoTime();
      long bcpu0 = processCpuNanos();
      // CoreNLP's quote annotator is not thread-safe: one baseline pipeline per thread for it.
      int copies = baseline.equals(CoreNlpBaseline.QUOTE) ? threads : 1;
      List<CoreNlpBaseline> pipes = new ArrayList<>();
      for (int i = 0; i < copies; i++) pipes.add(new CoreNlpBaseline(baseline));
      double bload = (System.nanoTime() - b0) / 1e9;
      double bloadCpu = (processCpuNanos() - bcpu0) / 1e9;
      AtomicInteger handedOut = new AtomicInteger();
      ThreadLocal<CoreNlpBaseline> mine = ThreadLocal.withInitial(() -> pipes.get(handedOut.getAndIncrement() % pipes.size()));
      runs.add(measure(baseline, bload, bloadCpu, b0, articles, a -> mine.get().annotate(a.text()), heap));
    }
    print(out, runs, articles.size());
    out.printf("sitrep dependency-parsed %d of %d sentences (%.1f%%)%n", parsed.get(), sitrep.sentences(), 100.0 * parsed.get() / sitrep.sentences());
    out.flush();
    return ExitCodes.OK;
  }

  /** Loads and runs Sitrep in a method of its own, so that its models can be collected before the baseline runs. */
  private Run runSitrep(List<Article> articles, HeapMeter heap, AtomicLong parsed) throws Exception {
    heap.reset();
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    // Both pipelines must read every article, and the CoreNLP baseline has no time limit: a 175,000-character
    // transcript of the press releases ran past the 60 s default on a busy machine and stopped the whole run.
    Extractor extractor = new Extractor(new ExtractorConfig(ExtractorConfig.DEFAULT_MAX_CHARS, !noCascade)
        .withTimeLimit(java.time.Duration.ofHours(1)));
    double load = (System.nanoTime() - t0) / 1e9;
    double loadCpu = (processCpuNanos() - cpu0) / 1e9;
    return measure(noCascade ? "sitrep (no cascade)" : "sitrep", load, loadCpu, t0, articles, a -> {
      Doc d = extractor.extract(a);
      for (Sentence s : d.get(Layers.SENTENCES)) if (s.parsed()) parsed.incrementAndGet();
      return d.get(Layers.SENTENCES).size();
    }, heap);
  }

  private List<Article> load() throws Exception {
    List<Article> articles = new ArrayList<>();
    try (InputReader r = InputReader.open(in, System.in, null)) {
      org.sitrep.core.json.ArticleParser parser = new org.sitrep.core.json.ArticleParser();
      while (r.hasNext() && articles.size() < limit) {
        SourceRecord rec = r.next();
        Article a = rec.article() != null ? rec.article() : parser.parse(rec.json(), rec.where(), rec.where(), null);
        if (!a.text().isBlank()) articles.add(a);
      }
    }
    if (articles.isEmpty()) throw new BadInputException(in + ": no articles with text");
    return articles;
  }

  interface Work { int sentences(Article a) throws Exception; }

  /** CPU time of the whole process (every thread: loaders, GC, JIT), or 0 where the JVM does not tell it. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private Run measure(String name, double load, double loadCpu, long started, List<Article> articles, Work work, HeapMeter heap) throws Exception {
    AtomicLong sentences = new AtomicLong();
    AtomicLong firstDone = new AtomicLong();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    // CPU time is counted per worker thread as it ends, not per article: a worker also annotates sentence batches of
    // another worker's article, outside any article of its own.
    List<Double> workerCpu = java.util.Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    ForkJoinPool pool = ArticleWorkers.create(threads, "sitrep-bench", t -> workerCpu.add(cpu.getCurrentThreadCpuTime() / 1e9));
    double secs;
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (Article a : articles) {
        fs.add(pool.submit(() -> {
          sentences.addAndGet(work.sentences(a));
          firstDone.compareAndSet(0, System.nanoTime());
          return null;
        }));
      }
      for (Future<?> f : fs) f.get();
      secs = (System.nanoTime() - t0) / 1e9;
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.MINUTES);
    }
    List<Double> perWorker = new ArrayList<>(workerCpu);
    perWorker.sort(java.util.Comparator.reverseOrder());
    double cpuSeconds = perWorker.stream().mapToDouble(Double::doubleValue).sum();
    return new Run(name, load, loadCpu, (firstDone.get() - started) / 1e9, secs, cpuSeconds, sentences.get(), articles.size(), heap.peakBytes(), heap.peakLiveBytes(), perWorker);
  }

  private void print(PrintWriter out, List<Run> runs, int n) {
    out.printf("bench: %s, %d articles, %d thread(s)%n", in, n, threads);
    out.printf("%-22s %10s %12s %11s %10s %10s %9s %11s %11s %14s %10s%n", "pipeline", "sentences", "sentences/s", "articles/s", "peak heap",
        "live heap", "load s", "first s", "ratio", "sentences/cpu-s", "cpu ratio");
    double sitrepRate = runs.get(0).sentencesPerSecond();
    double sitrepCpuRate = runs.get(0).sentencesPerCpuSecond();
    for (Run r : runs) {
      out.printf("%-22s %10d %12.1f %11.2f %8.0f MB %7.0f MB %9.1f %11.1f %10.2fx %14.1f %9.2fx%n", r.name(), r.sentences(), r.sentencesPerSecond(),
          r.articles() / r.seconds(), r.peakHeap() / 1e6, r.peakLiveHeap() / 1e6, r.loadSeconds(), r.firstResultSeconds(), sitrepRate / r.sentencesPerSecond(),
          r.sentencesPerCpuSecond(), sitrepCpuRate / r.sentencesPerCpuSecond());
    }
    for (Run r : runs) {
      out.printf("%s: loading took %.1f s of CPU time (all threads of the process, GC and JIT included)%n", r.name(), r.loadCpuSeconds());
    }
    if (threads > 1) {
      for (Run r : runs) {
        StringBuilder shares = new StringBuilder();
        for (double c : r.workerCpuSeconds()) shares.append(shares.length() == 0 ? "" : " / ").append(String.format("%.1f", c));
        out.printf("%s: worker threads' CPU seconds %s over %.1f s of wall time%n", r.name(), shares, r.seconds());
      }
    }
    out.println("ratio = Sitrep's sentences/s over the row's sentences/s; cpu ratio = the same per second of worker CPU time;");
    out.printf("live heap = most heap in use right after a garbage collection; max heap %d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
    out.printf("load average at the end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
  }
}
