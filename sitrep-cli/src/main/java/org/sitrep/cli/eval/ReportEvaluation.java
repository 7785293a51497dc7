package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Modality;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/**
 * Event coding on real conflict reports: ISAF press releases (JSON Lines: {@code text}, {@code gold.event_type},
 * {@code gold.start_date}, {@code gold.province}, {@code gold.target_group}), each hand-labelled with the kind of
 * its main event ("detention", "insurgentskilled", "captureandkill", "airstrike", "civiliancasualty"). Runs the whole
 * extraction, undated (the dateline anchors), and scores what an ACLED-style coder records of a report:
 * <ul>
 *   <li>Found: for each labelled kind, the share of its releases with an asserted event of that kind anywhere (a
 *       detention: ACLED "Arrests"; a killing: PLOVER ASSAULT; an air strike: ACLED "Air/drone strike").</li>
 *   <li>The main event: the first asserted event with an ACLED type in the body (after the dateline, past a
 *       headline). Its ACLED type must fit the label (detention: Arrests; killed: Battles or Explosions/Remote
 *       violence; capture and kill: either; air strike: Air/drone strike), its date must be the labelled start date,
 *       its place must lie in the labelled province (GeoNames admin1 through {@link ProvinceNames}), and where a target
 *       group is labelled (Taliban, Haqqani network, ...) a recipient must be an armed group (sector REB). Its first
 *       actor's country and sector are tallied, since the labels name none.</li>
 * </ul>
 * The kind labels are the data set's; several releases report more than the labelled kind (a detention beside a
 * killing), so "found" is recall, and asserted arrests in releases not labelled with a detention are printed apart.
 */
public final class ReportEvaluation {
  private static final String ARRESTS = "Arrests";
  private static final String AIR_STRIKE = "Air/drone strike";

  private ReportEvaluation() {}

  /** Scores the first {@code limit} releases (all when {@code limit <= 0}) and prints the figures. */
  public static void run(Path file, int limit, int misses, PrintStream out) {
    Extractor extractor = new Extractor(ExtractorConfig.defaults());
    ProvinceNames provinces = new ProvinceNames();
    Map<String, int[]> found = new TreeMap<>(); // kind -> {releases, found}
    Map<String, Integer> firstActors = new TreeMap<>();
    int total = 0, withMain = 0, typeRight = 0, dateRight = 0, provinceLabelled = 0, provinceRight = 0;
    int targetLabelled = 0, targetRight = 0, arrestsUnlabelled = 0, unlabelledReleases = 0;
    List<String> missed = new ArrayList<>();
    for (IsafReleases.Release release : IsafReleases.read(file)) {
      if (limit > 0 && total >= limit) break;
      int lineNumber = release.line();
      JsonNode gold = release.gold();
      String kind = gold.path("event_type").path(0).asText("");
      if (kind.isEmpty()) continue;
      total++;
      String text = release.text();
      Doc doc = extractor.extract(Article.of(file.getFileName() + ":" + lineNumber, text, null));
      List<Event> asserted = doc.get(Layers.EVENTS).stream().filter(e -> e.modality() == Modality.ASSERTED).toList();
      boolean detention = kind.contains("detention") || kind.contains("capture");
      boolean killed = kind.contains("killed") || kind.contains("kill") || kind.contains("casualty");
      boolean airstrike = kind.contains("airstrike");
      if (detention) count(found, "detention", asserted.stream().anyMatch(e -> subType(e, ARRESTS)));
      if (killed) count(found, "killing", asserted.stream().anyMatch(e -> e.code().plover().equals("ASSAULT")));
      if (airstrike) count(found, "air strike", asserted.stream().anyMatch(e -> subType(e, AIR_STRIKE)));
      if (!detention) {
        unlabelledReleases++;
        if (asserted.stream().anyMatch(e -> subType(e, ARRESTS))) arrestsUnlabelled++;
      }

      Event main = mainEvent(doc, asserted);
      boolean typeOk = false, dateOk = false, provinceOk = true, targetOk = true;
      if (main != null) {
        withMain++;
        typeOk = fits(main, detention, killed, airstrike);
        LocalDate goldDay = LocalDate.parse(gold.path("start_date").asText());
        dateOk = main.time() != null && goldDay.equals(main.time().start()) && goldDay.equals(main.time().end());
        Actor first = main.actors().isEmpty() ? null : main.actors().get(0);
        firstActors.merge(first == null ? "(none)" : first.country() + "/" + first.sector(), 1, Integer::sum);
      }
      if (typeOk) typeRight++;
      if (dateOk) dateRight++;
      String goldProvince = provinces.code(gold.path("province").path(0).asText(""));
      if (goldProvince != null) {
        provinceLabelled++;
        provinceOk = main != null && main.location() != null && goldProvince.equals(provinces.code(main.location().admin1()));
        if (provinceOk) provinceRight++;
      }
      if (!gold.path("target_group").path(0).asText("").isEmpty()) {
        targetLabelled++;
        targetOk = main != null && main.recipients().stream().anyMatch(a -> "REB".equals(a.sector()));
        if (targetOk) targetRight++;
      }
      if ((!typeOk || !dateOk || !provinceOk || !targetOk) && missed.size() < misses) {
        missed.add(String.format(Locale.ROOT, "line %d %s (gold %s, %s): %s%n  %s", lineNumber, kind,
            gold.path("start_date").asText(), gold.path("province").path(0).asText("-"), describe(text, main),
            text.substring(0, Math.min(text.length(), 300)).replaceAll("\\s+", " ")));
      }
    }
    out.printf(Locale.ROOT, "ISAF press releases: %d with a labelled event kind%n", total);
    out.println("found (an asserted event of the labelled kind anywhere in the release):");
    found.forEach((k, v) -> out.printf(Locale.ROOT, "  %-10s %s%n", k, Ratio.of(v[1], v[0])));
    out.printf(Locale.ROOT, "  asserted arrests in releases labelled without a detention: %s%n",
        Ratio.of(arrestsUnlabelled, unlabelledReleases));
    out.printf(Locale.ROOT, "main event (first asserted event with an ACLED type in the body) found: %s%n", Ratio.of(withMain, total));
    out.printf(Locale.ROOT, "  ACLED type fits the label: %s%n", Ratio.of(typeRight, total));
    out.printf(Locale.ROOT, "  date is the labelled start date: %s%n", Ratio.of(dateRight, total));
    out.printf(Locale.ROOT, "  place in the labelled province: %s%n", Ratio.of(provinceRight, provinceLabelled));
    out.printf(Locale.ROOT, "  an armed group (REB) among its recipients where a target group is labelled: %s%n",
        Ratio.of(targetRight, targetLabelled));
    out.println("  first actor, country/sector:");
    int mains = withMain;
    firstActors.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
        .forEach(e -> out.printf(Locale.ROOT, "    %-12s %s%n", e.getKey(), Ratio.of(e.getValue(), mains)));
    for (String m : missed) out.println(m);
  }

  /** The first asserted event with an ACLED type after the dateline and past a headline, in text order. */
  private static Event mainEvent(Doc doc, List<Event> asserted) {
    int bodyStart = TimeEvaluation.read(doc).bodyStart();
    int from = Math.max(bodyStart, TimeEvaluation.headlineEnd(doc.text()));
    return asserted.stream().filter(e -> e.code().acled() != null && e.trigger().start() >= from)
        .min((a, b) -> Integer.compare(a.trigger().start(), b.trigger().start())).orElse(null);
  }

  private static boolean fits(Event e, boolean detention, boolean killed, boolean airstrike) {
    if (airstrike && subType(e, AIR_STRIKE)) return true;
    if (detention && subType(e, ARRESTS)) return true;
    if (!killed || airstrike) return false;
    String type = e.code().acled().eventType();
    return type.equals("Battles") || type.equals("Explosions/Remote violence");
  }

  private static boolean subType(Event e, String subType) {
    return e.code().acled() != null && subType.equals(e.code().acled().subEventType());
  }

  private static void count(Map<String, int[]> found, String kind, boolean hit) {
    int[] c = found.computeIfAbsent(kind, k -> new int[2]);
    c[0]++;
    if (hit) c[1]++;
  }

  private static String describe(String text, Event e) {
    if (e == null) return "no main event";
    String actor = e.actors().isEmpty() ? "-" : e.actors().get(0).name() + " " + e.actors().get(0).country() + "/" + e.actors().get(0).sector();
    String recipient = e.recipients().isEmpty() ? "-" : e.recipients().get(0).name() + " " + e.recipients().get(0).sector();
    return String.format(Locale.ROOT, "'%s' %s/%s %s, %s -> %s, %s, %s", text.substring(e.trigger().start(), e.trigger().end()),
        e.code().plover(), e.code().cameo(), e.code().acled().subEventType(), actor, recipient,
        e.time() == null ? "undated" : e.time().value(), e.location() == null ? "no place" : e.location().name() + " (" + e.location().admin1() + ")");
  }
}
