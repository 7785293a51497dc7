package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceFormatException;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.lexicon.ResourceLines.Row;
import org.sitrep.core.model.AcledType;
import org.sitrep.core.model.EventCode;

/**
 * The code tables: CAMEO codes with Goldstein scores, the CAMEO to PLOVER mapping, PLOVER types and modes, ACLED types
 * and the PLOVER to ACLED mapping. Loaded and cross-checked when built; a bad row fails naming file:line. Immutable.
 */
final class EventCodebook {
  static final String DIR = "/sitrep/events/";

  /** One row of the CAMEO table. */
  record Cameo(String code, String name, double goldstein, int quadClass) {}

  /** One row of acled_map.tsv; empty conditions are null. */
  private record AcledRule(String type, String mode, String trigger, Set<String> actorSectors, Set<String> recipientSectors,
                           AcledType acled) {
    /** Specificity: how the event was done (mode, trigger) outweighs who took part (sectors). */
    int conditions() {
      return (mode != null ? 2 : 0) + (trigger != null ? 2 : 0) + (actorSectors != null ? 1 : 0) + (recipientSectors != null ? 1 : 0);
    }

    boolean matches(String t, String m, Collection<String> triggerKeys, Set<String> actors, Set<String> recipients) {
      return type.equals(t)
          && (mode == null || mode.equals(m))
          && (trigger == null || triggerKeys.contains(trigger))
          && (actorSectors == null || actors.stream().anyMatch(actorSectors::contains))
          && (recipientSectors == null || recipients.stream().anyMatch(recipientSectors::contains));
    }
  }

  private final Map<String, Cameo> cameo = new HashMap<>();
  private final Map<String, String[]> cameoToPlover = new HashMap<>();
  private final Map<String, Set<String>> ploverModes = new LinkedHashMap<>();
  private final Map<String, AcledType> acledBySubType = new HashMap<>();
  private final List<AcledRule> acledRules = new ArrayList<>();

  EventCodebook() {
    for (Row r : ResourceLines.readTsv(DIR + "cameo_codes.tsv")) {
      String code = r.get("code");
      if (!code.matches("\\d{2,4}")) throw r.line().error("CAMEO code '" + code + "' is not 2-4 digits");
      double g = number(r, "goldstein");
      if (g < -10 || g > 10) throw r.line().error("Goldstein score " + g + " outside -10..10");
      int quad = (int) number(r, "quad_class");
      if (quad < 1 || quad > 4) throw r.line().error("quad class " + quad + " outside 1..4");
      if (cameo.put(code, new Cameo(code, r.get("name"), g, quad)) != null) throw r.line().error("CAMEO code " + code + " twice");
    }
    for (Row r : ResourceLines.readTsv(DIR + "plover_types.tsv")) {
      String type = r.get("type");
      if (!type.matches("[A-Z]+")) throw r.line().error("PLOVER type '" + type + "' is not upper-case letters");
      Set<String> modes = ploverModes.computeIfAbsent(type, k -> new LinkedHashSet<>());
      if (r.optional("mode") != null) modes.add(r.get("mode"));
    }
    if (ploverModes.size() != 16) throw new ResourceFormatException(
        DIR + "plover_types.tsv: has " + ploverModes.size() + " PLOVER event types, expected 16");
    for (Row r : ResourceLines.readTsv(DIR + "cameo_plover.tsv")) {
      String code = r.get("cameo");
      if (!cameo.containsKey(code)) throw r.line().error("CAMEO code " + code + " is not in cameo_codes.tsv");
      checkTypeAndMode(r, r.get("type"), r.optional("mode"));
      cameoToPlover.put(code, new String[] {r.get("type"), r.optional("mode")});
    }
    for (Row r : ResourceLines.readTsv(DIR + "acled_types.tsv")) {
      AcledType t = new AcledType(r.get("event_type"), r.get("sub_event_type"));
      if (acledBySubType.put(t.subEventType(), t) != null) throw r.line().error("ACLED sub-event type twice");
    }
    if (acledBySubType.size() != 25) throw new ResourceFormatException(
        DIR + "acled_types.tsv: has " + acledBySubType.size() + " ACLED sub-event types, expected 25");
    Set<String> reached = new HashSet<>();
    for (Row r : ResourceLines.readTsv(DIR + "acled_map.tsv")) {
      checkTypeAndMode(r, r.get("type"), r.optional("mode"));
      AcledType t = acledBySubType.get(r.get("sub_event_type"));
      if (t == null || !t.eventType().equals(r.get("event_type"))) {
        throw r.line().error("ACLED '" + r.get("event_type") + " / " + r.get("sub_event_type") + "' is not in acled_types.tsv");
      }
      reached.add(t.subEventType());
      acledRules.add(new AcledRule(r.get("type"), r.optional("mode"), r.optional("trigger"), sectors(r.optional("actor_sector")),
          sectors(r.optional("recipient_sector")), t));
    }
    checkEveryAcledTypeReached(reached);
  }

  private void checkEveryAcledTypeReached(Set<String> reached) {
    for (String sub : acledBySubType.keySet()) {
      if (!reached.contains(sub)) throw new ResourceFormatException(DIR + "acled_map.tsv: no rule reaches ACLED sub-event type '" + sub + "'");
    }
  }

  private static double number(Row r, String column) {
    try {
      return Double.parseDouble(r.get(column));
    } catch (NumberFormatException e) {
      throw r.line().error(column + " '" + r.get(column) + "' is not a number");
    }
  }

  private static Set<String> sectors(String s) { return s == null ? null : Set.of(s.split(";")); }

  /** Throws naming the row when the PLOVER type is unknown or the mode is not one of its modes. */
  void checkTypeAndMode(Row r, String type, String mode) {
    Set<String> modes = ploverModes.get(type);
    if (modes == null) throw r.line().error("PLOVER type '" + type + "' is not in plover_types.tsv");
    if (mode != null && !modes.contains(mode)) throw r.line().error("'" + mode + "' is not a mode of PLOVER " + type + " " + modes);
  }

  boolean hasCameo(String code) { return cameo.containsKey(code); }

  Cameo cameo(String code) { return cameo.get(code); }

  /** PLOVER type and mode (mode nullable) the CAMEO code maps to, or null when it has none (01x statements). */
  String[] plover(String code) { return cameoToPlover.get(code); }

  AcledType acledSubType(String subEventType) { return acledBySubType.get(subEventType); }

  /** Trigger keys the ACLED rules mention, for the lexicon to check they exist. */
  Set<String> acledTriggerKeys() {
    Set<String> out = new LinkedHashSet<>();
    for (AcledRule r : acledRules) if (r.trigger() != null) out.add(r.trigger());
    return out;
  }

  /** The most specific ACLED rule for the event, or null. */
  AcledType acled(String type, String mode, Collection<String> triggerKeys, Set<String> actorSectors, Set<String> recipientSectors) {
    AcledRule best = null;
    for (AcledRule r : acledRules) {
      if (r.matches(type, mode, triggerKeys, actorSectors, recipientSectors) && (best == null || r.conditions() > best.conditions())) best = r;
    }
    return best == null ? null : best.acled();
  }

  /** The event code for a CAMEO code with the given PLOVER type and mode and ACLED type. */
  EventCode code(String type, String mode, String cameoCode, AcledType acled) {
    return new EventCode(type, mode, cameoCode, cameo.get(cameoCode).goldstein(), acled);
  }
}
