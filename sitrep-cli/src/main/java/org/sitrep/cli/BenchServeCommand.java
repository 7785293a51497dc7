package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.ArticleProcessor;
import org.sitrep.store.EventQuery;
import org.sitrep.store.ExtractorProcessor;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;
import org.sitrep.store.StoreSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * ./sitrep bench serve: the server's speed on a large store. Makes the store by re-dating copies of a real one
 * ({@link SyntheticStore}), serves it on a free port, times a few hundred filtered event listings and the
 * dashboard's count endpoints, then loads the dashboard in headless Chromium and reads from the Performance API when
 * the first content was painted and when the timeline, the map and every view were drawn.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Measure the API (p50/p95 of filtered event lists and of the dashboard's endpoints) and the"
        + " dashboard's first paint on a store of N events, made by copying the demo store's real extractions with"
        + " dates moved a week per copy.",
        "Targets: first paint <= 1 s, API p95 <= 50 ms for filtered event lists, on 10,000 events."})
public final class BenchServeCommand implements Callable<Integer> {
  private static final int WARM_UP = 50;
  /** Words common in the press releases, for the text filter. */
  private static final List<String> WORDS = List.of("Ukraine", "Russia", "sanctions", "talks", "humanitarian",
      "President", "troops", "security", "grain", "weapons");

  @Spec CommandSpec spec;

  @Option(names = "--events", paramLabel = "N", description = "Events in the measured store (default: ${DEFAULT-VALUE}).")
  long events = 10_000;

  @Option(names = "--seed", paramLabel = "DB",
      description = "Store whose extractions are copied (default: ${DEFAULT-VALUE}; made from the bundled sample, as by"
          + " 'demo', when missing).")
  String seed = "sitrep-demo.db";

  @Option(names = "--db", paramLabel = "DB",
      description = "The measured store; reused when it already holds N events (default: sitrep-bench-N.db).")
  String db;

  @Option(names = "--requests", paramLabel = "N", description = "Filtered event listings to time (default: ${DEFAULT-VALUE}).")
  int requests = 300;

  @Option(names = "--page-loads", paramLabel = "N", description = "Dashboard loads to time; 0 skips the browser (default: ${DEFAULT-VALUE}).")
  int pageLoads = 5;

  /** The processor for the seed sample; tests replace it to avoid loading CoreNLP. */
  Supplier<ArticleProcessor> processorFactory = () -> new ExtractorProcessor(new Extractor(ExtractorConfig.defaults()));

  @Override
  public Integer call() throws Exception {
    if (events < 1 || events > 10_000_000) throw new UsageException("--events must be 1 to 10,000,000, got " + events);
    if (requests < 1) throw new UsageException("--requests must be at least 1, got " + requests);
    if (pageLoads < 0) throw new UsageException("--page-loads must be 0 or more, got " + pageLoads);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String target = db != null ? db : "sitrep-bench-" + events + ".db";
    SyntheticStore.Built built;
    try (Store seedStore = Store.open(seed)) {
      if (seedStore.counts().events() == 0) {
        DemoCommand.ingestSample(seedStore, DemoCommand.defaultSample(), 2, processorFactory, err);
      }
      try (Store store = Store.open(target)) {
        long t0 = System.nanoTime();
        built = SyntheticStore.build(seedStore, store, events);
        err.printf("sitrep bench serve: %s holds %,d events, %,d articles, %,d statements (%.1f s to make)%n", target,
            built.events(), built.articles(), built.statements(), (System.nanoTime() - t0) / 1e9);
        err.flush();
      }
    }
    try (Store store = Store.openExisting(target);
         SitrepServer server = new SitrepServer(new StoreReader(store), new PrintWriter(new StringWriter()))
             .start("127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      Map<String, List<String>> plan = plan(store);
      HttpClient http = HttpClient.newHttpClient();
      // Warm-up, not counted: the JIT and SQLite's page cache, as on a server that has been up a while.
      for (String path : plan.get("/api/events").subList(0, Math.min(WARM_UP, requests))) time(http, base + path);
      Map<String, double[]> api = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> e : plan.entrySet()) {
        List<Double> ms = new ArrayList<>();
        for (String path : e.getValue()) ms.add(time(http, base + path));
        api.put(e.getKey(), ms.stream().mapToDouble(Double::doubleValue).sorted().toArray());
      }
      List<double[]> loads = pageLoads == 0 ? List.of() : DashboardTiming.measure(base + "/", pageLoads, err);
      print(out, target, built, api, loads);
    }
    return ExitCodes.OK;
  }

  /** The requests to time, per endpoint: filtered event lists with one to three filters, pages 1 to 3. */
  private Map<String, List<String>> plan(Store store) {
    StoreSummaries summaries = new StoreReader(store).summaries();
    List<String> types = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (JsonNode d : summaries.timeline(EventQuery.all(1)).get("items")) {
      if (!types.contains(d.get("type").asText())) types.add(d.get("type").asText());
      dates.add(d.get("date").asText());
    }
    List<String> places = names(summaries.places(EventQuery.all(20)).items());
    List<String> actors = names(summaries.actors(EventQuery.all(20)).items());
    Random random = new Random(42);
    List<String> listings = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      Map<String, String> f = new LinkedHashMap<>();
      int filters = 1 + random.nextInt(3);
      while (f.size() < filters) {
        switch (random.nextInt(6)) {
          case 0 -> f.put("type", pick(types, random));
          case 1 -> f.put("place", pick(places, random));
          case 2 -> f.put("actor", pick(actors, random));
          case 3 -> f.put("q", pick(WORDS, random));
          case 4 -> f.put("modality", random.nextBoolean() ? "asserted" : "negated");
          default -> {
            LocalDate from = LocalDate.parse(pick(dates, random));
            f.put("from", from.toString());
            f.put("to", from.plusDays(List.of(7, 30, 90).get(random.nextInt(3))).toString());
          }
        }
      }
      f.put("limit", random.nextBoolean() ? "50" : "100");
      f.put("offset", List.of("0", "0", "50", "100").get(random.nextInt(4)));
      listings.add(path("/api/events", f));
    }
    Map<String, List<String>> plan = new LinkedHashMap<>();
    plan.put("/api/events", listings);
    int each = Math.max(10, requests / 6);
    for (String dashboard : List.of("/api/timeline", "/api/places?limit=1000", "/api/escalation?dyads=5",
        "/api/events?limit=50", "/api/stances?speakers=8", "/api/statements?limit=200")) {
      List<String> same = new ArrayList<>();
      for (int i = 0; i < each; i++) same.add(dashboard);
      plan.put(dashboard, same);
    }
    return plan;
  }

  private static List<String> names(List<? extends JsonNode> rows) {
    return rows.stream().map(r -> r.get("name").asText()).filter(n -> n.length() > 2).toList();
  }

  private static String pick(List<String> values, Random random) { return values.get(random.nextInt(values.size())); }

  private static String path(String endpoint, Map<String, String> params) {
    StringBuilder p = new StringBuilder(endpoint);
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      p.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return p.toString();
  }

  /** Milliseconds from sending the request to having read the whole answer; a non-200 answer stops the bench. */
  private static double time(HttpClient http, String url) throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    double ms = (System.nanoTime() - t0) / 1e6;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return ms;
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) return Double.NaN;
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private void print(PrintWriter out, String target, SyntheticStore.Built built, Map<String, double[]> api,
      List<double[]> loads) throws Exception {
    out.printf("bench serve: %s, %,d events, %,d articles, %,d statements (%d copies of %s, a week apart)%n", target,
        built.events(), built.articles(), built.statements(), built.copies(), seed);
    out.printf("%-34s %8s %8s %8s %8s %8s%n", "API (one client, after " + Math.min(WARM_UP, requests) + " warm-up)",
        "requests", "p50 ms", "p95 ms", "p99 ms", "max ms");
    for (Map.Entry<String, double[]> e : api.entrySet()) {
      double[] ms = e.getValue();
      String name = e.getKey().equals("/api/events") ? "/api/events, varied filters" : e.getKey();
      out.printf("%-34s %8d %8.1f %8.1f %8.1f %8.1f%n", name, ms.length, percentile(ms, 50), percentile(ms, 95),
          percentile(ms, 99), ms[ms.length - 1]);
    }
    if (!loads.isEmpty()) {
      out.printf("%-34s %8s %8s %8s %8s %8s%n", "dashboard (headless Chromium)", "loads", "first", "median", "max", "");
      String[] names = {"first contentful paint ms", "timeline drawn ms", "map drawn ms", "all views drawn ms"};
      for (int k = 0; k < names.length; k++) {
        double[] v = new double[loads.size()];
        for (int i = 0; i < v.length; i++) v[i] = loads.get(i)[k];
        double first = v[0];
        java.util.Arrays.sort(v);
        out.printf("%-34s %8d %8.0f %8.0f %8.0f%n", names[k], v.length, first, percentile(v, 50), v[v.length - 1]);
      }
      out.println("(times from navigation start; the first load has a cold browser cache)");
    }
    double p95 = percentile(api.get("/api/events"), 95);
    out.printf("targets: API p95 <= 50 ms for filtered event lists: %.1f ms, %s", p95, p95 <= 50 ? "met" : "NOT met");
    if (!loads.isEmpty()) {
      double fcp = loads.stream().mapToDouble(l -> l[0]).max().orElse(Double.NaN);
      out.printf("; first paint <= 1 s: worst %.0f ms, %s", fcp, fcp <= 1000 ? "met" : "NOT met");
    }
    out.println();
    out.flush();
  }
}
