package org.sitrep.cli;

import org.sitrep.store.SourceRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.cli.eval.ClusteringScore;
import org.sitrep.store.LeadEvents;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.model.Article;
import org.sitrep.store.ArticleProcessor;
import org.sitrep.store.ClusterRule;
import org.sitrep.store.Clusterer;
import org.sitrep.store.ExtractorProcessor;
import org.sitrep.store.HeadlineText;
import org.sitrep.store.Store;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.Stories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./sitrep eval clustering: pairwise precision/recall/F1 of cross-article event clustering on labelled articles. */
@Command(name = "clustering", mixinStandardHelpOptions = true,
    description = {"Cross-article clustering: extracts the labelled articles of the corpus CSV files into a scratch store,"
        + " clusters their events and scores article pairs.",
        "A pair is gold when the labels are equal; predicted, on the 'any events' line, when some event of one article"
            + " shares a cluster with some event of the other, and on the 'lead events' line when their lead events do"
            + " (the headline's events, else the first sentence's that has any: what the labels are about); on the"
            + " 'stories' line when the articles share a story (a story is the cluster of some article's lead event;"
            + " an article is in it through a lead event, or an event dated up to 3 days before its publication:"
            + " a recollection of last month's talks or an outlook on tomorrow's visit is not news; see Stories)."})
public final class EvalClusteringCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--labels", required = true, paramLabel = "FILE",
      description = "TSV with header 'article<TAB>event': article id (the corpus link) and an event label; # lines are comments.")
  Path labels;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "FILE|DIR",
      description = "Corpus CSV files (link, headline, date, body), or folders of them.")
  List<Path> corpus;

  @Option(names = "--cache", paramLabel = "DB",
      description = "A store kept between runs: labelled articles already in it (same id and text) are not extracted again,"
          + " the others are extracted and added. Only their extract objects are read; clustering runs in a scratch store.")
  String cache;

  @Option(names = "--headline",
      description = "Read each release as its headline, a blank line, then its body, as ./sitrep ingest reads an article"
          + " with a title (press releases state their event in the headline, which the corpus keeps apart from the body).")
  boolean headline;

  @Option(names = "--keep-store", paramLabel = "DB",
      description = "Keep the scratch store, clustered, at this new SQLite path (for error analysis: its events table"
          + " holds each event's type, dates, place, names and cluster_id); by default it is deleted.")
  Path keepStore;

  /** The processor to use; tests replace it to avoid loading CoreNLP. */
  Supplier<ArticleProcessor> processorFactory = () -> new ExtractorProcessor(new Extractor(ExtractorConfig.defaults()));

  @Override
  public Integer call() throws IOException {
    Map<String, String> gold = readLabels(labels);
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, Integer> bodyOffsets = new HashMap<>(); // as ingest records them, for the lead events
    for (Path file : csvFiles()) {
      for (Iterator<SourceRecord> it = CsvArticles.read(file, null); it.hasNext(); ) {
        Article a = it.next().article();
        if (!gold.containsKey(a.id())) continue;
        if (headline) {
          bodyOffsets.putIfAbsent(a.id(), HeadlineText.bodyOffset(a));
          a = HeadlineText.read(a);
        }
        articles.putIfAbsent(a.id(), a);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    List<String> missing = new ArrayList<>();
    for (String id : gold.keySet()) if (!articles.containsKey(id)) missing.add(id);
    if (!missing.isEmpty()) {
      err.println("sitrep eval clustering: " + missing.size() + " labelled articles not in the corpus, scored as "
          + "unclustered; first: " + missing.get(0));
      err.flush();
    }
    Map<String, Set<Long>> clusters = new HashMap<>();
    Map<String, Set<Long>> leadClusters = new HashMap<>();
    Map<String, Set<Long>> stories = new HashMap<>();
    if (keepStore != null && Files.exists(keepStore)) {
      throw new UsageException("--keep-store " + keepStore + " exists; pass a new path");
    }
    Path dir = Files.createTempDirectory("sitrep-eval-clustering");
    Path db = keepStore != null ? keepStore : dir.resolve("eval.db");
    try (Store store = Store.open(db.toString())) {
      Map<String, ObjectNode> extractions = extractions(articles.values());
      for (Article a : articles.values()) {
        ObjectNode x = extractions.get(a.id());
        int offset = bodyOffsets.getOrDefault(a.id(), 0);
        if (offset > 0) x.put("bodyOffset", offset);
        store.save(a, x);
      }
      new Clusterer(ClusterRule.DEFAULT).recluster(store);
      stories.putAll(new Stories(Stories.RECENT_DAYS).of(store));
      store.forEachArticle((StoredArticle s) -> {
        Set<Long> ids = clusters.computeIfAbsent(s.article().id(), k -> new HashSet<>());
        for (int i = 0; i < s.events().size(); i++) {
          Long c = s.clusterOf(i);
          if (c != null) ids.add(c);
        }
        Set<Long> lead = leadClusters.computeIfAbsent(s.article().id(), k -> new HashSet<>());
        for (int i : LeadEvents.of(s.extraction())) {
          Long c = s.clusterOf(i);
          if (c != null) lead.add(c);
        }
      });
    } finally {
      for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(dir.resolve("eval.db" + suffix));
      Files.deleteIfExists(dir);
    }
    ClusteringScore score = ClusteringScore.of(gold, clusters);
    ClusteringScore leadScore = ClusteringScore.of(gold, leadClusters);
    ClusteringScore storyScore = ClusteringScore.of(gold, stories);
    PrintWriter out = spec.commandLine().getOut();
    out.println("articles " + score.articles() + " (" + new HashSet<>(gold.values()).size() + " labels), gold pairs "
        + score.goldPairs());
    print(out, "any events", score);
    print(out, "lead events", leadScore);
    print(out, "stories", storyScore);
    out.flush();
    for (List<String> pair : score.falseLinks()) {
      err.println("false link (any events): " + pair.get(0) + " (" + gold.get(pair.get(0)) + ") ~ " + pair.get(1)
          + " (" + gold.get(pair.get(1)) + ")");
    }
    for (List<String> pair : leadScore.falseLinks()) {
      err.println("false link (lead events): " + pair.get(0) + " (" + gold.get(pair.get(0)) + ") ~ " + pair.get(1)
          + " (" + gold.get(pair.get(1)) + ")");
    }
    for (List<String> pair : storyScore.falseLinks()) {
      err.println("false link (stories): " + pair.get(0) + " (" + gold.get(pair.get(0)) + ") ~ " + pair.get(1)
          + " (" + gold.get(pair.get(1)) + ")");
    }
    err.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, String what, ClusteringScore s) {
    out.println(String.format(Locale.ROOT, "%-12s predicted %3d  correct %3d  pairwise precision %.3f  recall %.3f  F1 %.3f",
        what, s.predictedPairs(), s.correctPairs(), s.precision(), s.recall(), s.f1()));
  }

  /**
   * Each article's extract object: from the --cache store when it holds the article (same id and text), else from the
   * processor (loaded only when needed), then added to the cache.
   */
  private Map<String, ObjectNode> extractions(Collection<Article> articles) {
    Map<String, ObjectNode> out = new HashMap<>();
    Store cached = cache == null ? null : Store.open(cache);
    try {
      if (cached != null) {
        Map<String, Article> wanted = new HashMap<>();
        for (Article a : articles) wanted.put(a.id() + "\u0000" + Store.textHash(a.text()), a);
        cached.forEachArticle((StoredArticle s) -> {
          Article a = wanted.get(s.article().id() + "\u0000" + Store.textHash(s.article().text()));
          if (a != null) out.put(a.id(), s.extraction());
        });
      }
      ArticleProcessor processor = null;
      for (Article a : articles) {
        if (out.containsKey(a.id())) continue;
        if (processor == null) processor = processorFactory.get();
        ObjectNode x = processor.process(a);
        out.put(a.id(), x);
        if (cached != null) cached.save(a, x);
      }
      return out;
    } finally {
      if (cached != null) cached.close();
    }
  }

  private List<Path> csvFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : corpus) {
      if (Files.isDirectory(p)) {
        try (var s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new UsageException("--corpus " + p + " does not exist");
      }
    }
    return files;
  }

  /** article id -> event label, from a TSV with an 'article event' header. */
  static Map<String, String> readLabels(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new UsageException("--labels " + file + " is not a readable file");
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    boolean header = false;
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (!header) {
        if (f.length < 2 || !f[0].equals("article") || !f[1].equals("event")) {
          throw new UsageException(file + ":" + n + ": expected the header 'article<TAB>event'");
        }
        header = true;
        continue;
      }
      if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new UsageException(file + ":" + n + ": expected an article id and an event label separated by a tab");
      }
      if (out.put(f[0], f[1]) != null) throw new UsageException(file + ":" + n + ": article " + f[0] + " is labelled twice");
    }
    return out;
  }
}
