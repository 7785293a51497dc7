package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.store.ArticleProcessor;
import picocli.CommandLine;

class EvalClusteringCommandTest {
  @TempDir Path dir;
  private final ObjectMapper mapper = new ObjectMapper();

  private record Outcome(int code, String out, String err) {}

  /** One ASSAULT on the article's date, in Kharkiv when the text names it, else in Odesa. */
  private final ArticleProcessor fake = (Article a) -> {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", a.id());
    o.putArray("entities");
    o.putArray("places");
    o.putArray("times");
    o.putArray("statements");
    ObjectNode e = o.putArray("events").addObject();
    e.put("type", "ASSAULT");
    e.putArray("actors");
    e.putArray("recipients");
    boolean kharkiv = a.text().contains("Kharkiv");
    e.putObject("location").put("name", kharkiv ? "Kharkiv" : "Odesa").put("lat", kharkiv ? 49.99 : 46.48)
        .put("lon", kharkiv ? 36.23 : 30.73).put("country", "UA");
    e.putObject("time").put("value", a.published().toString());
    e.put("modality", "asserted");
    e.putObject("trigger").put("text", "hit").put("start", 0).put("end", 3);
    return o;
  };

  private final java.util.concurrent.atomic.AtomicInteger extracted = new java.util.concurrent.atomic.AtomicInteger();

  private Outcome run(String... args) {
    CommandLine cl = SitrepCommand.commandLine();
    ((EvalClusteringCommand) cl.getSubcommands().get("eval").getSubcommands().get("clustering").getCommand())
        .processorFactory = () -> a -> {
          extracted.incrementAndGet();
          return fake.process(a);
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private Path write(String name, String... lines) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void scoresArticlePairsAgainstTheLabels() throws Exception {
    Path corpus = write("corpus.csv", "link,headline,date,body",
        "https://a.example/1,One,2023-06-03T10:00:00Z,Shelling hit Kharkiv.",
        "https://b.example/2,Two,2023-06-03T18:00:00Z,Artillery struck Kharkiv overnight.",
        "https://b.example/3,Three,2023-06-03T19:00:00Z,A drone struck a port.",
        "https://b.example/4,Four,2023-06-03T19:00:00Z,Unlabelled: Kharkiv again.");
    // The third report is of the same strike, but its extraction places it elsewhere: one gold pair in three found.
    Path labels = write("labels.tsv", "# test labels", "article\tevent",
        "https://a.example/1\tkharkiv-strike", "https://b.example/2\tkharkiv-strike", "https://b.example/3\tkharkiv-strike");
    Outcome o = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString());
    assertEquals(0, o.code(), o.err());
    assertEquals("articles 3 (1 labels), gold pairs 3\n"
        + "any events   predicted   1  correct   1  pairwise precision 1.000  recall 0.333  F1 0.500\n"
        + "lead events  predicted   1  correct   1  pairwise precision 1.000  recall 0.333  F1 0.500\n"
        + "stories      predicted   1  correct   1  pairwise precision 1.000  recall 0.333  F1 0.500\n", o.out());
  }

  @Test
  void pairsLinkedAcrossLabelsAreListedOnStderr() throws Exception {
    Path corpus = write("corpus.csv", "link,headline,date,body",
        "https://a.example/1,One,2023-06-03T10:00:00Z,Shelling hit Kharkiv.",
        "https://b.example/2,Two,2023-06-03T18:00:00Z,Protesters marched in Kharkiv.");
    Path labels = write("labels.tsv", "article\tevent", "https://a.example/1\tstrike", "https://b.example/2\tprotest");
    Outcome o = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString());
    assertEquals("articles 2 (2 labels), gold pairs 0\n"
        + "any events   predicted   1  correct   0  pairwise precision 0.000  recall 0.000  F1 0.000\n"
        + "lead events  predicted   1  correct   0  pairwise precision 0.000  recall 0.000  F1 0.000\n"
        + "stories      predicted   1  correct   0  pairwise precision 0.000  recall 0.000  F1 0.000\n", o.out());
    assertEquals("false link (any events): https://a.example/1 (strike) ~ https://b.example/2 (protest)\n"
        + "false link (lead events): https://a.example/1 (strike) ~ https://b.example/2 (protest)\n"
        + "false link (stories): https://a.example/1 (strike) ~ https://b.example/2 (protest)\n", o.err());
  }

  @Test
  void keptStoreHoldsTheClusteredEvents() throws Exception {
    Path corpus = write("corpus.csv", "link,headline,date,body",
        "https://a.example/1,One,2023-06-03T10:00:00Z,Shelling hit Kharkiv.",
        "https://b.example/2,Two,2023-06-03T18:00:00Z,Artillery struck Kharkiv overnight.");
    Path labels = write("labels.tsv", "article\tevent", "https://a.example/1\tstrike", "https://b.example/2\tstrike");
    Path kept = dir.resolve("kept.db");
    Outcome o = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString(),
        "--keep-store", kept.toString());
    assertEquals(0, o.code(), o.err());
    try (org.sitrep.store.Store s = org.sitrep.store.Store.openExisting(kept.toString())) {
      java.util.List<Long> clusters = new java.util.ArrayList<>();
      s.forEachArticle(a -> clusters.add(a.clusterOf(0)));
      assertEquals(2, clusters.size());
      assertEquals(clusters.get(0), clusters.get(1));
    }
    Outcome again = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString(),
        "--keep-store", kept.toString());
    assertEquals(ExitCodes.USAGE, again.code());
    assertEquals("sitrep clustering: --keep-store " + kept + " exists; pass a new path\n", again.err());
  }

  @Test
  void labelFileWithoutHeaderIsAUsageError() throws Exception {
    Path labels = write("labels.tsv", "https://a.example/1\tx");
    Path corpus = write("corpus.csv", "link,headline,date,body");
    Outcome o = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString());
    assertEquals(ExitCodes.USAGE, o.code());
    assertEquals("sitrep clustering: " + labels + ":1: expected the header 'article<TAB>event'\n", o.err());
  }

  @Test
  void cachedArticlesAreNotExtractedAgain() throws Exception {
    Path corpus = write("corpus.csv", "link,headline,date,body",
        "https://a.example/1,One,2023-06-03T10:00:00Z,Shelling hit Kharkiv.",
        "https://b.example/2,Two,2023-06-03T18:00:00Z,Artillery struck Kharkiv overnight.");
    Path labels = write("labels.tsv", "article\tevent", "https://a.example/1\tstrike", "https://b.example/2\tstrike");
    String cache = dir.resolve("cache.db").toString();
    Outcome first = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString(), "--cache", cache);
    Outcome second = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString(), "--cache", cache);
    assertEquals(2, extracted.get(), "extracted on the first run only");
    assertEquals(first.out(), second.out());
    assertEquals("any events   predicted   1  correct   1  pairwise precision 1.000  recall 1.000  F1 1.000", second.out().split("\n")[1]);
  }

  @Test
  void headlineIsReadBeforeTheBody() throws Exception {
    // Only the second headline names Kharkiv: read with its headline, the release is placed there like the first.
    Path corpus = write("corpus.csv", "link,headline,date,body",
        "https://a.example/1,One,2023-06-03T10:00:00Z,Shelling hit Kharkiv.",
        "https://b.example/2,Shelling of Kharkiv,2023-06-03T18:00:00Z,Artillery struck overnight.");
    Path labels = write("labels.tsv", "article\tevent", "https://a.example/1\tstrike", "https://b.example/2\tstrike");
    Outcome body = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString());
    Outcome headline = run("eval", "clustering", "--labels", labels.toString(), "--corpus", corpus.toString(), "--headline");
    assertEquals("any events   predicted   0  correct   0  pairwise precision 0.000  recall 0.000  F1 0.000", body.out().split("\n")[1]);
    assertEquals("any events   predicted   1  correct   1  pairwise precision 1.000  recall 1.000  F1 1.000", headline.out().split("\n")[1]);
  }
}
