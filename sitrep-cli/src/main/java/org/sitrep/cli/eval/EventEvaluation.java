package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Modality;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.Layers;

/**
 * Scores event coding against the PLOVER gold standard record (plover_gsr.json: one sentence, its PLOVER event and
 * source/target actors with country and sector). Runs the standard extraction (nlp, actors, geo, time, attribution,
 * events, modality, with the parse cascade) on each sentence as a one-sentence undated article (the GSR's dates are
 * placeholders, which would turn every resolved weekday into a future event), so actor country and sector are those of
 * the real actors stage.
 *
 * <p>Reported: event-type accuracy (the most confident predicted event's type equals the gold type; no prediction
 * counts as wrong), micro precision/recall over (sentence, type) pairs, per-type recall, and for sentences whose type
 * is right, actor mention overlap and country/sector accuracy of source actors. The GSR uses PLOVER 0.5 names, mapped
 * to the 16-type codebook: DEMAND -> REQUEST, FIGHT -> ASSAULT, DISAPPROVE and INVESTIGATE -> ACCUSE. Predicted events
 * are compared in PLOVER's view of promises (see {@link #ploverView}).
 */
public final class EventEvaluation {
  private static final Map<String, String> OLD_TYPES = Map.of("DEMAND", "REQUEST", "FIGHT", "ASSAULT", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE");

  private EventEvaluation() {}

  /** Scores the first {@code limit} gold sentences (all when limit <= 0) and prints the figures to {@code out}. */
  public static void run(Path file, int limit, PrintStream out) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (!root.isArray()) throw new BadInputException(file + ": expected a JSON array of coded sentences");
    Extractor extractor = new Extractor(ExtractorConfig.defaults());

    int sentences = 0, typeRight = 0, predictedPairs = 0, goldPairs = 0, rightPairs = 0;
    int goldActors = 0, mentionRight = 0, countryRight = 0, goldSectors = 0, sectorRight = 0;
    Map<String, int[]> perType = new TreeMap<>();
    for (JsonNode item : root) {
      String gold = item.path("event").asText("");
      if (gold.isEmpty() || gold.equals("DOCUMENT") || !item.hasNonNull("text")) continue;
      if (limit > 0 && sentences >= limit) break;
      gold = OLD_TYPES.getOrDefault(gold, gold);
      sentences++;
      Article article = Article.of(item.path("id").asText("gsr-" + sentences), item.get("text").asText(), null);
      List<Event> found;
      try {
        found = extractor.extract(article).get(Layers.EVENTS);
      } catch (BadInputException refused) {
        found = List.of(); // scored as no prediction
      }
      Set<String> types = new HashSet<>();
      Event best = null;
      for (Event e : found) {
        types.add(ploverView(e));
        if (best == null || e.confidence() > best.confidence()) best = e;
      }
      predictedPairs += types.size();
      goldPairs++;
      int[] counts = perType.computeIfAbsent(gold, k -> new int[2]);
      counts[1]++;
      if (types.contains(gold)) {
        rightPairs++;
        counts[0]++;
      }
      if (best == null || !ploverView(best).equals(gold)) continue;
      typeRight++;
      for (JsonNode src : item.path("source")) {
        goldActors++;
        String text = src.path("actorText").asText("").toLowerCase(Locale.ROOT);
        String country = src.path("code").asText("");
        String sector = src.path("sector").asText("");
        boolean mention = false, countryMatch = false, sectorMatch = false;
        for (Actor a : best.actors()) {
          String mine = (a.text() != null ? a.text() : a.name()).toLowerCase(Locale.ROOT);
          if (!mine.isEmpty() && (text.contains(mine) || mine.contains(text))) mention = true;
          if (country.equals(a.country())) countryMatch = true;
          if (sector.length() >= 3 && a.sector() != null && sector.substring(0, 3).equals(a.sector())) sectorMatch = true;
        }
        if (mention) mentionRight++;
        if (countryMatch) countryRight++;
        if (sector.length() >= 3 && !sector.startsWith("*")) {
          goldSectors++;
          if (sectorMatch) sectorRight++;
        }
      }
    }
    out.printf(Locale.ROOT, "PLOVER GSR: %d sentences%n", sentences);
    out.printf(Locale.ROOT, "event type accuracy (most confident event): %s%n", ratio(typeRight, sentences));
    out.printf(Locale.ROOT, "type precision (sentence, type pairs): %s%n", ratio(rightPairs, predictedPairs));
    out.printf(Locale.ROOT, "type recall (sentence, type pairs): %s%n", ratio(rightPairs, goldPairs));
    for (var e : perType.entrySet()) out.printf(Locale.ROOT, "  recall %-10s %s%n", e.getKey(), ratio(e.getValue()[0], e.getValue()[1]));
    out.printf(Locale.ROOT, "source actors of correctly typed events: %d%n", goldActors);
    out.printf(Locale.ROOT, "  mention overlap: %s%n", ratio(mentionRight, goldActors));
    out.printf(Locale.ROOT, "  country accuracy: %s%n", ratio(countryRight, goldActors));
    out.printf(Locale.ROOT, "  sector accuracy: %s%n", ratio(sectorRight, goldSectors));
  }

  /**
   * The type PLOVER would code: PLOVER codes an announced or conditional act as its own event (AGREE for promised
   * cooperation, CONCEDE for a promised withdrawal, THREATEN for announced (not merely possible) coercion or force) where Sitrep keeps the
   * act's type and marks it future, intended or hypothetical.
   */
  static String ploverView(Event e) {
    String type = e.code().plover();
    Modality m = e.modality();
    if (m != Modality.FUTURE && m != Modality.INTENDED && m != Modality.HYPOTHETICAL) return type;
    return switch (type) {
      case "CONSULT", "SUPPORT", "COOPERATE", "AID" -> "AGREE";
      case "RETREAT" -> "CONCEDE";
      case "COERCE", "ASSAULT", "SANCTION", "PROTEST" -> m == Modality.HYPOTHETICAL ? type : "THREATEN";
      default -> type;
    };
  }

  private static String ratio(int n, int d) {
    return d == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) n / d, n, d);
  }
}
