package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.sitrep.core.model.Article;

/** Hand-written extract objects (the shape of CONTRACT.md) for filling a test store without running the pipeline. */
final class ExtractFixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractFixtures() {}

  static Article article(String id, String text, String published) {
    return new Article(id, text, LocalDate.parse(published), "Title of " + id, "Test Wire", null, "en");
  }

  static ObjectNode extraction(ObjectNode event, ArrayNode statements) {
    ObjectNode o = MAPPER.createObjectNode();
    o.putArray("entities");
    o.putArray("places");
    o.putArray("times");
    o.set("statements", statements);
    o.putArray("events").add(event);
    return o;
  }

  /** One event reported by one statement. */
  static ObjectNode extraction(ObjectNode event, ObjectNode statement) {
    ArrayNode statements = MAPPER.createArrayNode().add(statement);
    event.putObject("reportedBy").put("statement", 0);
    return extraction(event, statements);
  }

  static ObjectNode span(ObjectNode o, String text, String covered) {
    int start = text.indexOf(covered);
    if (start < 0) throw new IllegalArgumentException("\"" + covered + "\" is not in \"" + text + "\"");
    return o.put("text", covered).put("start", start).put("end", start + covered.length());
  }

  static ObjectNode event(String type, String cameo, String modality, String text, String trigger,
      String place, String country, double lat, double lon, String actorCountry, String date) {
    ObjectNode e = MAPPER.createObjectNode();
    e.put("type", type).putNull("mode").put("cameo", cameo).put("goldstein", -5.0).put("modality", modality);
    e.putArray("actors").addObject().put("name", actorCountry + " forces").put("country", actorCountry)
        .put("sector", "MIL");
    e.putArray("recipients");
    span(e.putObject("location"), text, place).put("name", place).put("country", country).put("lat", lat)
        .put("lon", lon);
    if (date != null) e.putObject("time").put("value", date).put("granularity", "day").put("resolved", true);
    span(e.putObject("trigger"), text, trigger);
    e.putObject("sentence").put("start", 0).put("end", text.length());
    e.put("confidence", 0.7);
    return e;
  }

  /** Adds a recipient to an event made by {@link #event}, so it has a dyad (actor -> recipient). */
  static ObjectNode withRecipient(ObjectNode event, String name, String country) {
    ((ArrayNode) event.get("recipients")).addObject().put("name", name).put("country", country).put("sector", "GOV");
    return event;
  }

  static ObjectNode statement(String text, String speaker, String cue, String stance) {
    ObjectNode s = MAPPER.createObjectNode();
    span(s.putObject("speaker"), text, speaker).put("name", speaker);
    span(s.putObject("cue"), text, cue);
    s.putArray("content").add(span(MAPPER.createObjectNode(), text, text.substring(text.indexOf(cue) + cue.length() + 1)));
    s.put("direct", false).put("stance", stance);
    return s;
  }
}
