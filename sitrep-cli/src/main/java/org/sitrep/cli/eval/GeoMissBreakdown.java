package org.sitrep.cli.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * Sorts the end-to-end misses of a geoparsing run into classes, so tuning starts from the largest: gold toponyms not
 * recognised (by what the name looks like and how CoreNLP tagged it), recognised but put in the wrong place (by how far
 * off, and whether the same span resolved right when given as a gold span), and places predicted where the corpus has
 * no toponym. Counts and the most frequent names of each class; the classes are heuristics on the surface form.
 */
final class GeoMissBreakdown {
  private static final Pattern FACILITY = Pattern.compile(
      ".*\\b(Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Highway|Hwy|Interstate|Route|Bridge|Airport"
          + "|Station|Hospital|School|College|University|Center|Centre|Hall|Church|Mall|Park|Square|Building|Tower"
          + "|Plaza|Stadium|Prison|Base|Plant|Camp|Court|Way|Place|Terrace|Parkway|Pkwy|Cemetery)\\.?$");
  private static final Pattern NATURAL = Pattern.compile(
      ".*\\b(River|Creek|Lake|Lakes|Bay|Sea|Ocean|Gulf|Mountains?|Mount|Mt\\.?|Hills?|Valley|Island|Islands|Canyon"
          + "|Falls|Beach|Sound|Harbor|Harbour|Forest|Desert|Peninsula|Strait|Coast|Plateau|Basin)$|^(Mount|Mt\\.?|Lake|Isle) .*");
  private static final Pattern ADMIN_WORD = Pattern.compile(".*\\b(County|Counties|Parish|Township|Borough|Province|Region"
      + "|Oblast|District|State|Governorate|City)$");
  private static final Pattern DEMONYM = Pattern.compile(".*(an|ans|ese|ish|ians|ites?|i|is|ic|ean|eans)$");
  private static final int EXAMPLES = 12;

  private final Map<String, Map<String, Integer>> classes = new LinkedHashMap<>();

  /** Adds one article: gold toponyms with coordinates, places found end to end, and places resolved at the gold spans. */
  void add(String text, List<Sentence> sentences, List<GeoEvaluation.Gold> gold, List<Place> places, List<Place> atGold,
           double accKm) {
    for (GeoEvaluation.Gold g : gold) {
      if (!g.scored()) continue;
      String name = g.span().coveredText(text).replaceAll("\\s+", " ").strip();
      Place p = place(places, g.span());
      if (p == null) {
        // A place without a feature code is the article-focus guess for a name the gazetteer does not know.
        Place atSpan = place(atGold, g.span());
        String known = atSpan != null && atSpan.featureCode() != null ? "resolvable" : "not resolvable";
        count("not recognised: " + surface(name) + ", NER " + ner(sentences, g.span()) + ", " + known + " at the gold span",
            name);
        continue;
      }
      double km = GeoEvaluation.km(p.lat(), p.lon(), g.lat(), g.lon());
      if (km <= accKm) continue;
      Place atSpan = place(atGold, g.span());
      boolean spanRight = atSpan != null && GeoEvaluation.km(atSpan.lat(), atSpan.lon(), g.lat(), g.lon()) <= accKm;
      String how = spanRight ? "right at the gold span (span or context differs)" : "wrong at the gold span too";
      count("recognised, wrong place " + band(km) + ", " + kind(p) + ", " + how, name + " -> " + p.name() + "/"
          + p.admin1() + "/" + p.country());
    }
    for (Place p : places) {
      GeoEvaluation.Gold g = null;
      for (GeoEvaluation.Gold x : gold) if (x.span().overlaps(p.span())) g = x;
      if (g != null) continue;
      count("spurious (no gold toponym there): " + kind(p) + ", NER " + ner(sentences, p.span()), p.text() + " -> "
          + p.name() + "/" + p.country());
    }
  }

  void print(PrintStream out) {
    List<Map.Entry<String, Map<String, Integer>>> sorted = new ArrayList<>(classes.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) -> -total(e.getValue())));
    out.println("miss breakdown (end to end), largest classes first:");
    for (Map.Entry<String, Map<String, Integer>> e : sorted) {
      List<Map.Entry<String, Integer>> names = new ArrayList<>(e.getValue().entrySet());
      names.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < Math.min(EXAMPLES, names.size()); i++) {
        b.append(i == 0 ? "" : "; ").append(names.get(i).getKey());
        if (names.get(i).getValue() > 1) b.append(" ×").append(names.get(i).getValue());
      }
      out.printf("  %5d  %s: %s%n", total(e.getValue()), e.getKey(), b);
    }
  }

  private void count(String cls, String example) {
    classes.computeIfAbsent(cls, k -> new TreeMap<>()).merge(example, 1, Integer::sum);
  }

  private static int total(Map<String, Integer> m) {
    int n = 0;
    for (int v : m.values()) n += v;
    return n;
  }

  /** What a name looks like, the first rule that fits. */
  static String surface(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) return "lower-case";
    if (name.matches("([A-Z]\\.?){2,4}\\.?") || name.matches(".*[A-Z]\\.[A-Z].*") || name.matches("[A-Z][a-z]{1,3}\\.")) return "abbreviation";
    if (ADMIN_WORD.matcher(name).matches()) return "\"X County\"-like";
    if (FACILITY.matcher(name).matches()) return "street/building/facility";
    if (NATURAL.matcher(name).matches()) return "natural feature";
    if (name.indexOf(' ') < 0 && DEMONYM.matcher(name).matches()) return "demonym-like";
    return name.indexOf(' ') > 0 ? "multi-word" : "one word";
  }

  private static String band(double km) {
    if (km < 500) return "161-500 km";
    if (km < 2000) return "500-2000 km";
    return ">2000 km";
  }

  private static String kind(Place p) {
    String fc = p.featureCode() == null ? "" : p.featureCode();
    if (fc.startsWith("PCL")) return "as country";
    if (fc.equals("ADM1")) return "as admin1";
    if (fc.equals("ADM2")) return "as admin2";
    if (fc.startsWith("PPL")) return "as city";
    return "as " + (fc.isEmpty() ? "other" : fc);
  }

  /** The NER tags over a span, joined when mixed ("LOCATION", "PERSON+O"). */
  static String ner(List<Sentence> sentences, Span span) {
    java.util.Set<String> tags = new java.util.TreeSet<>();
    for (Sentence s : sentences) {
      if (!s.span().overlaps(span)) continue;
      for (Token t : s.tokens()) if (t.span().overlaps(span)) tags.add(t.ner() == null ? "O" : t.ner());
    }
    return tags.isEmpty() ? "none" : String.join("+", tags);
  }

  private static Place place(List<Place> places, Span span) {
    for (Place p : places) if (p.span().overlaps(span)) return p;
    return null;
  }
}
