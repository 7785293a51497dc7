package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * <p>Each record is one classification: the predicted type is that of the event PLOVER would code for the sentence,
 * taken as the most confident event (NONE when nothing is found). Reported: accuracy, per-type precision/recall/F1,
 * macro-F1 over the gold types, the confusion table, extra events per record (events beyond the one that matches the
 * gold type; strictly, and counting only asserted events on words the GSR's markup does not mark as the gold event's),
 * and, for records whose type is right, source and target country and sector agreement. The GSR uses
 * PLOVER 0.5 names, mapped to the 16-type codebook: DEMAND -> REQUEST, FIGHT -> ASSAULT, DISAPPROVE and INVESTIGATE ->
 * ACCUSE; and a few CAMEO country codes that are not ISO (JAP, ITL). Predicted events are compared in PLOVER's view of
 * promises (see {@link #ploverView}).
 */
public final class EventEvaluation {
  private static final Map<String, String> OLD_TYPES = Map.of("DEMAND", "REQUEST", "FIGHT", "ASSAULT", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE");
  private static final Map<String, String> CAMEO_COUNTRIES = Map.of("JAP", "JPN", "ITL", "ITA");
  static final String NONE = "NONE";

  private EventEvaluation() {}

  /**
   * Scores the first {@code limit} gold sentences (all when limit <= 0) and prints the figures to {@code out}; with
   * {@code showActorMisses}, each correctly typed record whose source or target country is missed is printed with the
   * gold and predicted actors; with {@code showExtras}, each event beyond the one matching the gold type.
   */
  public static void run(Path file, int limit, boolean showMisses, boolean showActorMisses, boolean showExtras, PrintStream out) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (!root.isArray()) throw new BadInputException(file + ": expected a JSON array of coded sentences");
    Extractor extractor = new Extractor(ExtractorConfig.defaults());

    TypeConfusion confusion = new TypeConfusion();
    ActorAgreement sources = new ActorAgreement(), targets = new ActorAgreement();
    int records = 0, extraEvents = 0, assertedExtras = 0, anyMatch = 0;
    for (JsonNode item : root) {
      String gold = item.path("event").asText("");
      if (gold.isEmpty() || gold.equals("DOCUMENT") || !item.hasNonNull("text")) continue;
      if (limit > 0 && records >= limit) break;
      gold = OLD_TYPES.getOrDefault(gold, gold);
      records++;
      String text = item.get("text").asText();
      Article article = Article.of(item.path("id").asText("gsr-" + records), text, null);
      List<Event> found;
      try {
        found = extractor.extract(article).get(Layers.EVENTS);
      } catch (BadInputException refused) {
        found = List.of(); // scored as no prediction
      }
      Event best = null, match = null;
      for (Event e : found) {
        if (best == null || e.confidence() > best.confidence()) best = e;
        if (match == null && ploverView(e).equals(gold)) match = e;
      }
      if (match != null) anyMatch++;
      extraEvents += found.size() - (match == null ? 0 : 1);
      List<String> marked = markedEventWords(item);
      for (Event e : found) if (e != match && isAssertedElsewhere(e, text, marked)) assertedExtras++;
      if (showExtras) {
        for (Event e : found) {
          if (e == match) continue;
          out.printf(Locale.ROOT, "extra %s gold %s: %s %s '%s' in: %s%n", item.path("id").asText(), gold, ploverView(e),
              e.modality().name().toLowerCase(Locale.ROOT), e.trigger().coveredText(text), text);
        }
      }
      String predicted = best == null ? NONE : ploverView(best);
      confusion.add(gold, predicted);
      if (showMisses && !predicted.equals(gold)) {
        out.printf(Locale.ROOT, "miss %s gold %s got %s: %s%n", item.path("id").asText(), gold, predicted, text);
      }
      if (!predicted.equals(gold)) continue;
      int sourceMissed = sources.score(goldActors(item.path("source")), best.actors());
      int targetMissed = targets.score(goldActors(item.path("target")), best.recipients());
      if (showActorMisses && sourceMissed + targetMissed > 0) {
        out.printf(Locale.ROOT, "actor miss %s %s: %s%n    gold source %s -> target %s%n    got  %s -> %s (trigger '%s')%n",
            item.path("id").asText(), gold, text, describeGold(item.path("source")), describeGold(item.path("target")),
            describe(best.actors()), describe(best.recipients()), best.trigger().coveredText(text));
      }
    }
    out.printf(Locale.ROOT, "PLOVER GSR: %d records%n", records);
    out.printf(Locale.ROOT, "event type accuracy (most confident event): %s%n", Ratio.of(confusion.correct(), records));
    out.printf(Locale.ROOT, "event type macro-F1 over %d gold types: %.3f%n", confusion.goldTypes().size(), confusion.macroF1());
    out.printf(Locale.ROOT, "gold type among all events found: %s%n", Ratio.of(anyMatch, records));
    out.printf(Locale.ROOT, "extra events per record: %.3f (%d events beyond the gold one)%n",
        records == 0 ? 0.0 : (double) extraEvents / records, extraEvents);
    out.printf(Locale.ROOT, "  of which asserted and outside the gold event's marked words: %.3f per record (%d)%n",
        records == 0 ? 0.0 : (double) assertedExtras / records, assertedExtras);
    confusion.printPerType(out);
    out.printf(Locale.ROOT, "records with the right type: %d%n", confusion.correct());
    sources.print("source", out);
    targets.print("target", out);
    out.println();
    confusion.printTable(out);
  }

  /**
   * The words the GSR's markup marks as the gold event ("(EVT: agreed) ... (EVT: cooperate)"), lower-cased: PLOVER
   * codes them as one event, so a second event on one of them is the gold event seen twice, not a further one.
   */
  private static List<String> markedEventWords(JsonNode item) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(EVT: ([^)]*)\\)").matcher(item.path("textInfo").path("markup").asText(""));
    while (m.find()) out.add(m.group(1).strip().toLowerCase(Locale.ROOT));
    return out;
  }

  /**
   * An extra event that claims a further fact: asserted (a negated, hypothetical, intended, future or generic event is
   * marked as no fact) and on a trigger outside the gold event's marked words.
   */
  private static boolean isAssertedElsewhere(Event e, String text, List<String> marked) {
    if (e.modality() != Modality.ASSERTED) return false;
    String trigger = e.trigger().coveredText(text).toLowerCase(Locale.ROOT);
    return marked.stream().noneMatch(w -> !w.isEmpty() && (w.contains(trigger) || trigger.contains(w)));
  }

  private static String describeGold(JsonNode list) {
    List<String> parts = new ArrayList<>();
    for (GoldActor g : goldActors(list)) parts.add(g.text() + "/" + g.country() + "/" + g.sector());
    return parts.toString();
  }

  private static String describe(List<Actor> actors) {
    List<String> parts = new ArrayList<>();
    for (Actor a : actors) parts.add((a.text() != null ? a.text() : a.name()) + "/" + a.country() + "/" + a.sector());
    return parts.toString();
  }

  private static List<GoldActor> goldActors(JsonNode list) {
    List<GoldActor> actors = new ArrayList<>();
    if (!list.isArray()) return actors;
    for (JsonNode a : list) {
      String code = a.path("code").asText("");
      actors.add(new GoldActor(a.path("actorText").asText(""), CAMEO_COUNTRIES.getOrDefault(code, code),
          a.path("sector").asText("")));
    }
    return actors;
  }

  /**
   * The type PLOVER would code: PLOVER codes an announced or conditional act as its own event (AGREE for promised
   * cooperation, concessions and withdrawals — "will allow", "is willing to withdraw" —, CONCEDE for a withdrawal offered
   * on a condition, THREATEN for announced (not merely possible) coercion or force) where Sitrep keeps the act's type
   * and marks it future, intended or hypothetical. A cooperative act Sitrep marks negated ("will not accept", "did not
   * meet") is PLOVER's REJECT.
   */
  static String ploverView(Event e) {
    String type = e.code().plover();
    Modality m = e.modality();
    // "will not accept refugees", "refused to meet": PLOVER codes a cooperation denied as a REJECT
    if (m == Modality.NEGATED && Set.of("AGREE", "CONSULT", "CONCEDE", "COOPERATE", "SUPPORT").contains(type)) return "REJECT";
    if (m != Modality.FUTURE && m != Modality.INTENDED && m != Modality.HYPOTHETICAL) return type;
    return switch (type) {
      case "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE" -> "AGREE";
      case "RETREAT" -> m == Modality.HYPOTHETICAL ? "CONCEDE" : "AGREE";
      case "COERCE", "ASSAULT", "SANCTION", "PROTEST" -> m == Modality.HYPOTHETICAL ? type : "THREATEN";
      default -> type;
    };
  }

  record GoldActor(String text, String country, String sector) {}

  /** Agreement of one side (sources or targets) of correctly typed events with the gold actors of that side. */
  static final class ActorAgreement {
    int gold, mention, country, countryGold, sectors, sector;

    /** Scores one record's side; returns how many of its gold actors with a country found none of theirs. */
    int score(List<GoldActor> goldActors, List<Actor> mine) {
      int missed = 0;
      for (GoldActor g : goldActors) {
        gold++;
        String text = g.text().toLowerCase(Locale.ROOT);
        boolean mentionMatch = false, countryMatch = false, sectorMatch = false;
        String goldSector = g.sector().length() >= 3 && !g.sector().startsWith("*") ? g.sector().substring(0, 3) : null;
        for (Actor a : mine) {
          String t = (a.text() != null ? a.text() : a.name()).toLowerCase(Locale.ROOT);
          if (!t.isEmpty() && !text.isEmpty() && (text.contains(t) || t.contains(text))) mentionMatch = true;
          if (g.country().equals(a.country())) countryMatch = true;
          if (goldSector != null && goldSector.equals(a.sector())) sectorMatch = true;
        }
        if (mentionMatch) mention++;
        if (!g.country().isEmpty()) {
          countryGold++;
          if (countryMatch) country++;
          else missed++;
        }
        if (goldSector != null) {
          sectors++;
          if (sectorMatch) sector++;
        }
      }
      return missed;
    }

    void print(String side, PrintStream out) {
      out.printf(Locale.ROOT, "  %s actors %d: mention overlap %s, country match %s, sector match %s%n", side, gold,
          Ratio.of(mention, gold), Ratio.of(country, countryGold), Ratio.of(sector, sectors));
    }
  }
}
