package org.sitrep.cli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.core.actors.ActorStage;
import org.sitrep.core.attribution.AttributionStage;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.Token;
import org.sitrep.core.nlp.ParseSelector;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/**
 * Scores statement attribution against PolNeAR (brat stand-off: {@code <split>/text/NAME.txt} and
 * {@code <split>/attributions/NAME_<annotator>.ann}, Source / Cue / Content spans joined by Attribution events).
 * Runs the cascade (parse only sentences with a cue lemma), the actors stage and the attribution stage, and prints
 * precision, recall and F1 for speaker (PolNeAR's source), cue and content under exact, same-start and overlap
 * matching. A discontinuous span counts as its extent; a statement's content spans as their extent; predicted
 * sources and cues take PolNeAR's edge punctuation first ({@link PolnearEdges}). Where a text
 * has several annotators, the first annotation file (by name) is the gold standard.
 */
public final class AttributionEvaluation {
  private AttributionEvaluation() {}

  private static final List<String> ROLES = List.of("source", "cue", "content");
  private static final List<String> MATCHES = List.of("exact", "begin", "overlap");

  public static void run(Path dir, String split, int limit, PrintStream out) { run(dir, split, limit, out, null, null, null, false, null); }

  /**
   * As {@link #run(Path, String, int, PrintStream)}; when {@code misses} is not null, also writes there one line per
   * gold span without an exact partner and per predicted span without one (article, role, missed|extra, start, end, text), for
   * error analysis. The file holds corpus text: keep it out of the repository. When {@code cueStats} is not null,
   * writes there per lemma and coarse tag (V, N, other) how often a token of it lies inside a gold cue and how often
   * it occurs at all (TSV: lemma, tag, in_cue, total): the counts behind the data-derived cue lexicon. When {@code cache}
   * is not null, the nlp stage's sentences are kept in that file and reused while the cascade gate parses the same
   * sentences ({@link CachedAnnotation}); with {@code cacheAllParses}, articles not yet cached are parsed whole, so
   * the cache serves any later gate.
   */
  public static void run(Path dir, String split, int limit, PrintStream out, PrintStream misses, PrintStream cueStats, Path cache,
                         boolean cacheAllParses, PrintStream predictions) {
    Path texts = dir.resolve(split).resolve("text");
    Path anns = dir.resolve(split).resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new BadInputException(dir.resolve(split) + ": expected PolNeAR folders text/ and attributions/");
    }
    AttributionStage attribution = new AttributionStage();
    ParseSelector selector = attribution::needsParse; // the extractor's cascade gate, attribution's part
    // The nlp stage's sentences come from the cache when it holds them; the actors and attribution stages always run.
    CachedAnnotation annotation = new CachedAnnotation(cache, selector, cacheAllParses);
    ActorStage actors = new ActorStage();
    Map<String, int[]> counts = new TreeMap<>(); // role/match -> {matched predictions, predictions, matched gold, gold}
    Breakdown breakdown = new Breakdown();
    int articles = 0;
    long started = System.nanoTime();
    for (Path txt : list(texts)) {
      if (limit > 0 && articles >= limit) break;
      String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = firstAnnotation(anns, name);
      if (ann == null) continue;
      String text = read(txt);
      Map<String, List<Span>> gold = gold(ann);
      Doc doc = attribution.apply(actors.apply(annotation.annotate(Article.of(name, text, null))));
      Map<String, List<Span>> predicted = predicted(doc.get(Layers.STATEMENTS), text);
      breakdown.add(text, doc.get(Layers.SENTENCES), gold, predicted, directContent(doc.get(Layers.STATEMENTS)));
      if (misses != null) writeMisses(misses, name, text, gold, predicted);
      if (predictions != null) writePredictions(predictions, name, text, doc);
      for (String role : ROLES) {
        for (String match : MATCHES) {
          int[] c = counts.computeIfAbsent(role + "/" + match, k -> new int[4]);
          List<Span> p = predicted.get(role);
          List<Span> g = gold.get(role);
          c[0] += matched(p, g, match);
          c[1] += p.size();
          c[2] += matched(g, p, match);
          c[3] += g.size();
        }
      }
      articles++;
    }
    annotation.close();
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %.1f s%n", split, articles, (System.nanoTime() - started) / 1e9);
    out.printf(Locale.ROOT, "%-8s %-8s %7s %7s %7s %6s %6s%n", "role", "match", "P", "R", "F1", "pred", "gold");
    for (String role : ROLES) {
      for (String match : MATCHES) {
        int[] c = counts.getOrDefault(role + "/" + match, new int[4]);
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "%-8s %-8s %7.3f %7.3f %7.3f %6d %6d%n", role, match, p, r, f, c[1], c[3]);
      }
    }
    breakdown.print(out);
    if (cueStats != null) breakdown.printCueStats(cueStats);
  }

  private static void writeMisses(PrintStream misses, String name, String text, Map<String, List<Span>> gold,
                                  Map<String, List<Span>> predicted) {
    for (String role : ROLES) {
      for (Span g : gold.get(role)) {
        if (!predicted.get(role).contains(g)) misses.println(name + "\t" + role + "\tmissed\t" + g.start() + "\t" + g.end() + "\t" + oneLine(g.coveredText(text)));
      }
      for (Span p : predicted.get(role)) {
        if (!gold.get(role).contains(p)) misses.println(name + "\t" + role + "\textra\t" + p.start() + "\t" + p.end() + "\t" + oneLine(p.coveredText(text)));
      }
    }
  }

  /**
   * One line per predicted statement (article, "statement", speaker, cue and content extent as start-end offsets with
   * PolNeAR's edges, direct) and per token (article, "token", sentence, parsed, start, end, word, tag, lemma, head,
   * relation): what an error analysis joins with the gold files.
   */
  private static void writePredictions(PrintStream out, String name, String text, Doc doc) {
    for (Statement s : doc.get(Layers.STATEMENTS)) {
      Span extent = null;
      for (Span c : s.content()) extent = extent == null ? c : extent.union(c);
      Span speaker = s.speaker() == null || s.speaker().span() == null ? null : PolnearEdges.source(s.speaker().span(), s.cue(), text);
      out.println(name + "\tstatement\t" + range(speaker) + "\t" + range(PolnearEdges.cue(s.cue(), extent, text)) + "\t"
          + range(extent) + "\t" + s.direct());
    }
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      for (Token t : s.tokens()) {
        var h = s.head(t.index());
        out.println(name + "\ttoken\t" + s.index() + "\t" + s.parsed() + "\t" + t.span().start() + "\t" + t.span().end() + "\t"
            + oneLine(t.word()) + "\t" + t.tag() + "\t" + oneLine(t.lemma()) + "\t" + (h == null ? "" : h.governor()) + "\t"
            + (h == null ? "" : h.relation()));
      }
    }
  }

  private static String range(Span s) { return s == null ? "" : s.start() + "-" + s.end(); }

  private static String oneLine(String s) { return s.replace('\n', ' ').replace('\t', ' '); }

  /** Content extents of direct (quoted) statements. */
  private static Set<Span> directContent(List<Statement> statements) {
    Set<Span> out = new LinkedHashSet<>();
    for (Statement s : statements) {
      if (!s.direct()) continue;
      Span extent = null;
      for (Span c : s.content()) extent = extent == null ? c : extent.union(c);
      if (extent != null) out.add(extent);
    }
    return out;
  }

  /** How many of {@code from} have a partner in {@code to} (each partner used once). */
  private static int matched(List<Span> from, List<Span> to, String match) {
    boolean[] used = new boolean[to.size()];
    int n = 0;
    for (Span a : from) {
      for (int i = 0; i < to.size(); i++) {
        Span b = to.get(i);
        boolean ok = switch (match) {
          case "exact" -> a.equals(b);
          case "begin" -> a.start() == b.start();
          default -> a.overlaps(b);
        };
        if (ok && !used[i]) {
          used[i] = true;
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** Predicted spans per role, with PolNeAR's edge punctuation ({@link PolnearEdges}). */
  private static Map<String, List<Span>> predicted(List<Statement> statements, String text) {
    Map<String, Set<Span>> out = new HashMap<>();
    for (String role : ROLES) out.put(role, new LinkedHashSet<>());
    for (Statement s : statements) {
      if (s.speaker() != null && s.speaker().span() != null) out.get("source").add(PolnearEdges.source(s.speaker().span(), s.cue(), text));
      Span extent = null;
      for (Span c : s.content()) extent = extent == null ? c : extent.union(c);
      out.get("cue").add(PolnearEdges.cue(s.cue(), extent, text));
      if (extent != null) out.get("content").add(extent);
    }
    Map<String, List<Span>> lists = new HashMap<>();
    out.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
    return lists;
  }

  /** Source, Cue and Content spans of the attribution events of one brat file, each role's spans without repeats. */
  static Map<String, List<Span>> gold(Path ann) {
    Map<String, Span> textBounds = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    List<String> events = new ArrayList<>();
    int n = 0;
    for (String line : readLines(ann)) {
      n++;
      String[] f = line.split("\t");
      if (f.length < 2) continue;
      if (f[0].startsWith("T")) {
        String[] typeAndOffsets = f[1].split(" ", 2);
        if (typeAndOffsets.length < 2) throw new BadInputException(ann + ":" + n + ": expected 'Type start end' in '" + line + "'");
        int start = Integer.MAX_VALUE, end = -1;
        for (String frag : typeAndOffsets[1].split(";")) {
          String[] se = frag.trim().split(" ");
          start = Math.min(start, Integer.parseInt(se[0]));
          end = Math.max(end, Integer.parseInt(se[1]));
        }
        textBounds.put(f[0], new Span(start, end));
        types.put(f[0], typeAndOffsets[0]);
      } else if (f[0].startsWith("E") && f[1].startsWith("Attribution")) {
        events.add(f[1]);
      }
    }
    Map<String, Set<Span>> out = new HashMap<>();
    for (String role : ROLES) out.put(role, new LinkedHashSet<>());
    for (String e : events) {
      for (String arg : e.split(" ")) {
        String[] kv = arg.split(":");
        if (kv.length != 2 || !textBounds.containsKey(kv[1])) continue;
        String role = kv[0].toLowerCase(Locale.ROOT).replaceAll("\\d+$", "");
        if (out.containsKey(role)) out.get(role).add(textBounds.get(kv[1]));
      }
    }
    Map<String, List<Span>> lists = new HashMap<>();
    out.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
    return lists;
  }

  static Path firstAnnotation(Path anns, String name) {
    for (Path p : list(anns)) {
      String f = p.getFileName().toString();
      if (f.startsWith(name + "_") && f.endsWith(".ann") && f.length() == name.length() + 1 + 4 + 4) return p;
    }
    return null;
  }

  static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static List<String> readLines(Path p) { return List.of(read(p).split("\n")); }

  /**
   * The breakdown the attribution issue asks for: content recall and precision for direct (quoted) and indirect
   * statements, source recall and precision for pronoun and other (named or nominal) sources, and the lemmas of
   * the gold cues most often missed (no exact match).
   */
  static final class Breakdown {
    private static final Set<Character> QUOTE_MARKS = Set.of('"', '\u201C', '\u201D', '\'', '\u2018', '\u2019', '`');
    /** class -> {matched predictions, predictions, matched gold, gold} under overlap and exact matching. */
    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<String, Integer> missedCues = new HashMap<>();
    /** "lemma\ttag" -> {tokens inside a gold cue, tokens}. */
    private final Map<String, int[]> lemmaCounts = new TreeMap<>();
    private int goldCues;

    void add(String text, List<Sentence> sentences, Map<String, List<Span>> gold, Map<String, List<Span>> predicted,
             Set<Span> directPredicted) {
      for (Span g : gold.get("content")) {
        String kind = "content " + (quoted(text, g) ? "direct" : "indirect");
        count(kind, g, predicted.get("content"), false);
      }
      for (Span p : predicted.get("content")) {
        count("content " + (directPredicted.contains(p) ? "direct" : "indirect"), p, gold.get("content"), true);
      }
      for (Span g : gold.get("source")) count("source " + sourceKind(sentences, g), g, predicted.get("source"), false);
      for (Span p : predicted.get("source")) count("source " + sourceKind(sentences, p), p, gold.get("source"), true);
      for (Sentence s : sentences) {
        for (Token t : s.tokens()) {
          String tag = t.isVerb() ? "V" : t.isNoun() ? "N" : "other";
          int[] c = lemmaCounts.computeIfAbsent(t.lemma().toLowerCase(Locale.ROOT) + "\t" + tag, k -> new int[2]);
          c[1]++;
          for (Span g : gold.get("cue")) {
            if (g.contains(t.span())) {
              c[0]++;
              break;
            }
          }
        }
      }
      for (Span g : gold.get("cue")) {
        goldCues++;
        if (!predicted.get("cue").contains(g)) missedCues.merge(lemmas(sentences, g), 1, Integer::sum);
      }
    }

    private void count(String kind, Span span, List<Span> others, boolean prediction) {
      for (String match : List.of("overlap", "exact")) {
        int[] c = counts.computeIfAbsent(kind + "/" + match, k -> new int[4]);
        boolean hit = false;
        for (Span o : others) hit |= match.equals("exact") ? o.equals(span) : o.overlaps(span);
        c[prediction ? 1 : 3]++;
        if (hit) c[prediction ? 0 : 2]++;
      }
    }

    private static boolean quoted(String text, Span g) {
      return g.length() > 0 && (QUOTE_MARKS.contains(text.charAt(g.start())) || QUOTE_MARKS.contains(text.charAt(g.end() - 1)));
    }

    /** "pronoun" when every token of the span is a pronoun ("he", "they"), "named" with a proper noun, else "nominal". */
    private static String sourceKind(List<Sentence> sentences, Span span) {
      List<Token> ts = tokens(sentences, span);
      boolean allPronouns = !ts.isEmpty();
      boolean named = false;
      for (Token t : ts) {
        allPronouns &= t.isPronoun() || "WP".equals(t.tag());
        named |= t.isProperNoun();
      }
      return allPronouns ? "pronoun" : named ? "named" : "nominal";
    }

    private static String lemmas(List<Sentence> sentences, Span span) {
      StringBuilder b = new StringBuilder();
      for (Token t : tokens(sentences, span)) {
        if (t.tag().equals("``") || t.tag().equals("''")) continue;
        b.append(b.length() > 0 ? " " : "").append(t.lemma().toLowerCase(Locale.ROOT));
      }
      return b.length() == 0 ? "(none)" : b.toString();
    }

    private static List<Token> tokens(List<Sentence> sentences, Span span) {
      List<Token> out = new ArrayList<>();
      for (Sentence s : sentences) {
        if (!s.span().overlaps(span)) continue;
        for (Token t : s.tokens()) if (span.contains(t.span())) out.add(t);
      }
      return out;
    }

    void printCueStats(PrintStream out) {
      out.println("lemma\ttag\tin_cue\ttotal");
      lemmaCounts.forEach((k, c) -> { if (c[0] > 0) out.println(k + "\t" + c[0] + "\t" + c[1]); });
    }

    void print(PrintStream out) {
      out.printf(Locale.ROOT, "%nbreakdown (overlap / exact)%n%-17s %-7s %7s %7s %7s %6s %6s%n", "class", "match", "P", "R", "F1", "pred", "gold");
      counts.forEach((key, c) -> {
        String[] km = key.split("/");
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "%-17s %-7s %7.3f %7.3f %7.3f %6d %6d%n", km[0], km[1], p, r, f, c[1], c[3]);
      });
      int missed = missedCues.values().stream().mapToInt(Integer::intValue).sum();
      out.printf(Locale.ROOT, "%ngold cues without an exact match: %d of %d; most frequent lemmas:%n", missed, goldCues);
      missedCues.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()))
          .limit(30)
          .forEach(e -> out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
    }
  }
}
