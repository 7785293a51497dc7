package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statement listing rows (speaker, then publication date) regrouped into narratives: one per speaker and target, in
 * time order, with a stance shift flagged where a statement turns against the one before it on the same target
 * ("assert -> deny": what was claimed is now denied). Statements without a target are one narrative per speaker
 * and are never flagged, as nothing says they speak of the same thing.
 */
final class Narratives {
  private Narratives() {}

  /** Stances that take a side on the content: a turn between two sides is a shift, a step within one is not. */
  private enum Side {
    UPHOLD, REFUTE, PRAISE, CRITICIZE;

    static Side of(String stance) {
      if (stance == null) return null;
      switch (stance) {
        case "assert": case "confirm": case "accuse": return UPHOLD;
        case "deny": case "reject": return REFUTE;
        case "praise": return PRAISE;
        case "criticize": return CRITICIZE;
        default: return null;  // warn, demand, question...: no claim about what is true
      }
    }

    boolean opposes(Side other) {
      return (this == UPHOLD && other == REFUTE) || (this == REFUTE && other == UPHOLD)
          || (this == PRAISE && other == CRITICIZE) || (this == CRITICIZE && other == PRAISE);
    }
  }

  /**
   * {@code {"speaker", "target", "shifts", "statements"}} per narrative, in the order their first statement comes;
   * each statement is its listing row plus {@code shift}, "previous -> this" stance or null.
   */
  static List<ObjectNode> of(ObjectMapper mapper, List<ObjectNode> rows) {
    Map<String, ObjectNode> byKey = new LinkedHashMap<>();
    Map<String, String> lastStance = new LinkedHashMap<>();
    for (ObjectNode row : rows) {
      JsonNode speaker = row.path("speaker").path("name");
      JsonNode target = row.path("target");
      String targetName = target.path("name").isTextual() ? target.path("name").asText() : null;
      String key = speaker.asText("") + "\u0000" + (targetName == null ? "" : targetName);
      ObjectNode n = byKey.computeIfAbsent(key, k -> {
        ObjectNode o = mapper.createObjectNode();
        o.set("speaker", speaker.isTextual() ? speaker : mapper.nullNode());
        o.set("target", target.isObject() ? target : mapper.nullNode());
        o.put("shifts", 0);
        o.putArray("statements");
        return o;
      });
      String stance = row.path("stance").isTextual() ? row.path("stance").asText() : null;
      ObjectNode s = row.deepCopy();
      String previous = lastStance.get(key);
      Side was = Side.of(previous);
      Side now = Side.of(stance);
      if (targetName != null && was != null && now != null && was.opposes(now)) {
        s.put("shift", previous + " -> " + stance);
        n.put("shifts", n.get("shifts").asInt() + 1);
      } else {
        s.putNull("shift");
      }
      if (now != null) lastStance.put(key, stance);
      ((ArrayNode) n.get("statements")).add(s);
    }
    return new ArrayList<>(byKey.values());
  }
}
