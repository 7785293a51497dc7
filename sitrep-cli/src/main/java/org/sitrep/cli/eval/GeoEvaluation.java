package org.sitrep.cli.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sitrep.core.geo.GeoStage;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Geoparsing accuracy on LGL (Lieberman et al. 2010) or GeoWebNews (Gritta et al. 2019) XML: runs the nlp and geo
 * stages on each article and compares places with the gold toponyms that have coordinates. Reports
 * <ul>
 *   <li>recognition P/R/F1: a predicted place counts when its span overlaps a gold toponym;</li>
 *   <li>resolution on recognised gold toponyms: acc@161km, median and mean error in km;</li>
 *   <li>resolution on all gold toponyms: each gold span resolved by its text with the other gold spans as context
 *       ({@link GeoStage#placesAt}), abstentions and unknown names counted as misses: acc@161km;</li>
 *   <li>end-to-end P/R/F1: a prediction is right when it overlaps a gold toponym and lies within 161 km of it.</li>
 * </ul>
 * Predictions overlapping an annotated toponym without coordinates (or, in GeoWebNews, a demonym, a language or a
 * non-toponym) are left out of precision: the corpus says nothing about where they are. Gold toponyms whose offsets
 * fall outside the text (a few in GeoWebNews) are dropped.
 */
public final class GeoEvaluation {
  private static final double ACC_KM = 161;
  /** CPU seconds of warm passes before the warm rate is read, unless the caller says otherwise. */
  private static final double WARM_CPU_SECONDS = 3;
  /** GeoWebNews types that are not places to resolve. */
  private static final Set<String> GWN_SKIPPED = Set.of("Demonym", "Language", "Non_Toponym");

  private GeoEvaluation() {}

  record Gold(Span span, double lat, double lon, boolean scored) {}

  record Item(String id, String text, List<Gold> gold) {}

  public static void run(Path corpus, int limit, PrintStream out) {
    run(corpus, limit, out, null, null, false, WARM_CPU_SECONDS);
  }

  /**
   * As {@link #run(Path, int, PrintStream)}; when {@code misses} is not null, lists each miss there, at the gold
   * spans and end to end; when
   * {@code sentenceCache} is not null, reads the nlp stage's output from that file where it has it and adds the rest;
   * with {@code breakdown}, ends with the end-to-end misses sorted into classes ({@link GeoMissBreakdown}); the warm
   * rate is read once warm passes have taken {@code warmCpuSeconds} of this thread's CPU time.
   */
  public static void run(Path corpus, int limit, PrintStream out, PrintStream misses, Path sentenceCache,
                         boolean breakdown, double warmCpuSeconds) {
    List<Item> items = read(corpus, limit);
    long heapBefore = usedHeapAfterGc();
    long t0 = System.nanoTime();
    GeoStage geo = new GeoStage();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    // Measured before CoreNLP loads, so the difference is the gazetteer and the geo stage's word lists alone.
    out.printf("loaded geo in %.1f s, gazetteer heap %.0f MB%n", loadSeconds, (usedHeapAfterGc() - heapBefore) / 1e6);
    SentenceCache cache = SentenceCache.read(sentenceCache);
    NlpStage nlp = null;
    List<Doc> docs = new ArrayList<>();
    long tNlp = System.nanoTime();
    for (Item item : items) {
      Doc doc = Doc.of(Article.of(item.id(), item.text(), (LocalDate) null));
      List<Sentence> cached = cache.get(item.id(), item.text());
      if (cached != null) {
        docs.add(doc.with(Layers.SENTENCES, cached));
        continue;
      }
      // Geoparsing needs tokens and NER tags only, never a dependency parse.
      if (nlp == null) nlp = new NlpStage(tokens -> false);
      doc = nlp.apply(doc);
      cache.put(item.id(), item.text(), doc.get(Layers.SENTENCES));
      docs.add(doc);
    }
    cache.writeIfChanged(sentenceCache);
    out.printf("nlp stage (or its cache) in %.1f s%n", (System.nanoTime() - tNlp) / 1e9);

    long t1 = System.nanoTime();
    int predicted = 0, predictedRecognised = 0, predictedCorrect = 0, gold = 0, goldRecognised = 0;
    int goldWithin = 0, resolved = 0, atFocus = 0, atFocusWithin = 0;
    long geoNanos = 0;
    List<Double> errors = new ArrayList<>();
    GeoMissBreakdown classes = new GeoMissBreakdown();
    for (int d = 0; d < items.size(); d++) {
      Item item = items.get(d);
      Doc doc = docs.get(d);
      long tg = System.nanoTime();
      List<Place> places = geo.apply(doc.with(Layers.ENTITIES, List.of())).get(Layers.PLACES);
      List<Span> goldSpans = new ArrayList<>();
      for (Gold g : item.gold()) if (g.scored()) goldSpans.add(g.span());
      List<Place> atGold = geo.placesAt(doc, goldSpans);
      geoNanos += System.nanoTime() - tg;
      resolved += places.size() + atGold.size();
      if (breakdown) classes.add(item.text(), doc.get(Layers.SENTENCES), item.gold(), places, atGold, ACC_KM);
      for (Gold g : item.gold()) {
        if (!g.scored()) continue;
        Place p = placeAt(atGold, g.span());
        double km = p == null ? Double.NaN : km(p.lat(), p.lon(), g.lat(), g.lon());
        if (km <= ACC_KM) goldWithin++;
        boolean focus = p != null && p.featureCode() == null;
        if (focus) {
          atFocus++;
          if (km <= ACC_KM) atFocusWithin++;
        }
        if (misses != null && !(km <= ACC_KM)) {
          miss(misses, focus ? "gold span, focus guess" : "gold span", item, doc, g.span().coveredText(item.text()), g, p,
              p == null ? "abstain" : String.format("%.0f km", km));
        }
      }
      for (Place p : places) {
        Gold g = goldAt(item.gold(), p.span());
        if (g != null && !g.scored()) continue;
        predicted++;
        if (g == null && misses != null) miss(misses, "end to end", item, doc, p.text(), null, p, "spurious");
        if (g == null) continue;
        predictedRecognised++;
        if (km(p.lat(), p.lon(), g.lat(), g.lon()) <= ACC_KM) predictedCorrect++;
      }
      for (Gold g : item.gold()) {
        if (!g.scored()) continue;
        gold++;
        Place p = placeAt(places, g.span());
        double km = p == null ? Double.NaN : km(p.lat(), p.lon(), g.lat(), g.lon());
        if (misses != null && !(km <= ACC_KM)) {
          miss(misses, "end to end", item, doc, g.span().coveredText(item.text()), g, p,
              p == null ? "not recognised" : String.format("%.0f km", km));
        }
        if (p == null) continue;
        goldRecognised++;
        errors.add(km);
      }
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    long within = errors.stream().filter(e -> e <= ACC_KM).count();
    double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();

    out.printf("corpus %s: %d articles, %d gold toponyms with coordinates, %d places predicted, %.1f s (%.1f articles/s)%n",
        corpus.getFileName(), items.size(), gold, predicted, seconds, items.size() / Math.max(seconds, 1e-9));
    out.printf("geo stage: %d toponyms resolved (found in the text and at gold spans) in %.2f s: %.0f toponyms/s%n",
        resolved, geoNanos / 1e9, resolved / Math.max(geoNanos / 1e9, 1e-9));
    // One pass after the first is not yet compiled code: the JIT compiles the hot methods over several passes, and on
    // a loaded machine its threads wait for a core. The first warm pass is printed as before, then the rate once the
    // passes have taken warmCpuSeconds of CPU time (at least three passes).
    WarmPass first = warmPass(geo, docs, items);
    WarmPass last = first;
    int passes = 1, steadyResolved = 0;
    long steadyNanos = 0, spent = 0;
    while (passes < 3 || spent < warmCpuSeconds * 1e9) {
      last = warmPass(geo, docs, items);
      passes++;
      spent += last.cpuNanos();
      // Passes begun after the default warm-up count towards the steady rate.
      if (spent - last.cpuNanos() >= WARM_CPU_SECONDS * 1e9) {
        steadyResolved += last.resolved();
        steadyNanos += last.cpuNanos();
      }
    }
    out.printf("geo stage, warm (the same articles again, compiled code; per second of this thread's CPU time, so other"
        + " load on the machine does not count): %.0f toponyms/s on the first warm pass, %.0f toponyms/s on pass %d%n",
        first.rate(), last.rate(), passes + 1);
    out.printf("geo stage, allocation: %.1f MB per pass over the articles (the last pass)%n", last.allocatedBytes() / 1e6);
    if (steadyNanos > 0) {
      out.printf("geo stage, steady: %.0f toponyms/s over the passes after %.0f CPU seconds (%.1f CPU seconds)%n",
          steadyResolved / (steadyNanos / 1e9), WARM_CPU_SECONDS, steadyNanos / 1e9);
    }
    prf(out, "recognition (span overlap)", predictedRecognised, predicted, goldRecognised, gold);
    out.printf("resolution on %d recognised gold toponyms: acc@161km %.3f, median error %.1f km, mean error %.1f km%n",
        errors.size(), ratio(within, errors.size()), median(sorted), Arrays.stream(sorted).average().orElse(Double.NaN));
    out.printf("resolution on all %d gold toponyms (abstentions are misses): acc@161km %.3f (%d names unknown to the"
        + " gazetteer placed at the article's focus, %d of them within 161 km; without them %.3f)%n", gold,
        ratio(goldWithin, gold), atFocus, atFocusWithin, ratio(goldWithin - atFocusWithin, gold));
    prf(out, "end-to-end (overlap and within 161 km)", predictedCorrect, predicted, within, gold);
    if (breakdown) classes.print(out);
  }

  /** Toponyms resolved in one warm pass, this thread's CPU time and the bytes it allocated. */
  private record WarmPass(int resolved, long cpuNanos, long allocatedBytes) {
    double rate() { return resolved / Math.max(cpuNanos / 1e9, 1e-9); }
  }

  /** One more pass over the articles, after the first pass compiled the hot code. */
  private static WarmPass warmPass(GeoStage geo, List<Doc> docs, List<Item> items) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long t = threads.getCurrentThreadCpuTime(), bytes = allocatedBytes();
    int resolved = 0;
    for (int d = 0; d < docs.size(); d++) {
      Doc doc = docs.get(d);
      resolved += geo.apply(doc.with(Layers.ENTITIES, List.of())).get(Layers.PLACES).size();
      List<Span> spans = new ArrayList<>();
      for (Gold g : items.get(d).gold()) if (g.scored()) spans.add(g.span());
      resolved += geo.placesAt(doc, spans).size();
    }
    return new WarmPass(resolved, threads.getCurrentThreadCpuTime() - t, allocatedBytes() - bytes);
  }

  /**
   * Bytes this thread has allocated so far, or 0 where the JVM does not count them: unlike CPU time, allocation per
   * pass does not change with the other load on the machine.
   */
  private static long allocatedBytes() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    return threads instanceof com.sun.management.ThreadMXBean sun ? sun.getCurrentThreadAllocatedBytes() : 0;
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void prf(PrintStream out, String what, int tpPredicted, int predicted, long tpGold, int gold) {
    double p = ratio(tpPredicted, predicted), r = ratio(tpGold, gold);
    out.printf("%s: P %.3f R %.3f F1 %.3f%n", what, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /**
   * One line of the misses file: where the miss was measured (at the gold span, or end to end), article, name, gold
   * point ("-" for a spurious place), our place ("-" when none), the error, CoreNLP's tags there and the words around.
   */
  private static void miss(PrintStream misses, String where, Item item, Doc doc, String name, Gold g, Place p, String error) {
    Span span = g != null ? g.span() : p.span();
    misses.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", where, item.id(), name,
        g == null ? "-" : String.format("%.3f,%.3f", g.lat(), g.lon()),
        p == null ? "-" : p.name() + "/" + p.admin1() + "/" + p.country() + " " + String.format("%.3f,%.3f", p.lat(), p.lon()),
        error, GeoMissBreakdown.ner(doc.get(Layers.SENTENCES), span), snippet(item.text(), span));
  }

  private static String snippet(String text, Span span) {
    return text.substring(Math.max(0, span.start() - 60), Math.min(text.length(), span.end() + 60)).replaceAll("\\s+", " ");
  }

  private static double ratio(long a, long b) { return b == 0 ? Double.NaN : (double) a / b; }

  private static double median(double[] sorted) {
    if (sorted.length == 0) return Double.NaN;
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }

  private static Gold goldAt(List<Gold> gold, Span span) {
    for (Gold g : gold) if (g.span().overlaps(span)) return g;
    return null;
  }

  private static Place placeAt(List<Place> places, Span span) {
    for (Place p : places) if (p.span().overlaps(span)) return p;
    return null;
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
    double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /** Articles of an LGL (toponym/gaztag) or GeoWebNews (toponym/latitude) file; at most {@code limit} when > 0. */
  static List<Item> read(Path corpus, int limit) {
    Document xml;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = f.newDocumentBuilder().parse(corpus.toFile());
    } catch (Exception e) {
      throw new BadInputException(corpus + ": not readable as LGL or GeoWebNews XML: " + e.getMessage(), e);
    }
    List<Item> out = new ArrayList<>();
    NodeList articles = xml.getElementsByTagName("article");
    for (int a = 0; a < articles.getLength() && (limit <= 0 || out.size() < limit); a++) {
      Element article = (Element) articles.item(a);
      String id = article.hasAttribute("docid") ? article.getAttribute("docid") : article.getAttribute("file");
      String text = child(article, "text");
      List<Gold> gold = new ArrayList<>();
      NodeList toponyms = article.getElementsByTagName("toponym");
      for (int t = 0; t < toponyms.getLength(); t++) {
        Element top = (Element) toponyms.item(t);
        int start = Integer.parseInt(child(top, "start").strip());
        int end = Integer.parseInt(child(top, "end").strip());
        // GeoWebNews has a few toponyms with negative offsets; they cannot be scored, so they are left out.
        if (start < 0 || end > text.length() || end <= start) continue;
        String lat, lon;
        boolean scored;
        Element gaz = first(top, "gaztag");
        if (gaz != null) {
          lat = child(gaz, "lat");
          lon = child(gaz, "lon");
          scored = true;
        } else {
          lat = child(top, "latitude");
          lon = child(top, "longitude");
          String type = child(top, "type");
          scored = type != null && !GWN_SKIPPED.contains(type.strip()); // LGL toponyms without a gaztag have neither
        }
        boolean located = lat != null && !lat.isBlank() && lon != null && !lon.isBlank();
        gold.add(new Gold(new Span(start, end), located ? Double.parseDouble(lat) : 0, located ? Double.parseDouble(lon) : 0,
            scored && located));
      }
      out.add(new Item(id, text, gold));
    }
    return out;
  }

  private static Element first(Element parent, String tag) {
    NodeList l = parent.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static String child(Element parent, String tag) {
    Element e = first(parent, tag);
    return e == null ? null : e.getTextContent();
  }
}
