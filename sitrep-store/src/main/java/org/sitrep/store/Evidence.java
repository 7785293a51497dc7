package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The spans of an article that support one extracted event, as {@code {"kind", "start", "end"}}: its sentence,
 * trigger, actors, recipients, place and time, and the speaker, cue and content of the statement that reports it.
 * A span outside the text (an object from a broken extractor) is left out rather than trusted.
 */
final class Evidence {
  private Evidence() {}

  static ArrayNode spans(ObjectMapper mapper, JsonNode event, JsonNode statements, int textLength) {
    ArrayNode out = mapper.createArrayNode();
    add(out, "sentence", event.path("sentence"), textLength);
    add(out, "trigger", event.path("trigger"), textLength);
    for (JsonNode a : event.path("actors")) add(out, "actor", a, textLength);
    for (JsonNode r : event.path("recipients")) add(out, "recipient", r, textLength);
    add(out, "place", event.path("location"), textLength);
    add(out, "time", event.path("time"), textLength);
    JsonNode index = event.path("reportedBy").path("statement");
    if (index.canConvertToInt()) {
      JsonNode s = statements.path(index.asInt());
      add(out, "speaker", s.path("speaker"), textLength);
      add(out, "cue", s.path("cue"), textLength);
      for (JsonNode c : s.path("content")) add(out, "content", c, textLength);
    }
    return out;
  }

  private static void add(ArrayNode out, String kind, JsonNode span, int textLength) {
    JsonNode start = span.path("start");
    JsonNode end = span.path("end");
    if (!start.canConvertToInt() || !end.canConvertToInt()) return;
    int s = start.asInt();
    int e = end.asInt();
    if (s < 0 || e <= s || e > textLength) return;
    out.addObject().put("kind", kind).put("start", s).put("end", e);
  }
}
