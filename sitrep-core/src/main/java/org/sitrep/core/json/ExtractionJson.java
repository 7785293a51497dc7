package org.sitrep.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;

/**
 * Writes a processed document as the output object of CONTRACT.md. Field names here are the stable surface that
 * outside tools rely on: add fields freely, never rename or remove.
 */
public final class ExtractionJson {
  private final ObjectMapper mapper;

  public ExtractionJson(ObjectMapper mapper) { this.mapper = mapper; }

  public ExtractionJson() { this(new ObjectMapper()); }

  /** {"id": ..., "error": ...} for an article or line that could not be processed. */
  public ObjectNode error(String id, String message) {
    ObjectNode o = mapper.createObjectNode();
    if (id == null) o.putNull("id"); else o.put("id", id);
    o.put("error", message);
    return o;
  }

  public ObjectNode write(Doc doc) {
    String text = doc.text();
    ObjectNode o = mapper.createObjectNode();
    o.put("id", doc.article().id());
    if (doc.article().published() != null) o.put("published", doc.article().published().toString());
    ArrayNode entities = o.putArray("entities");
    for (Entity e : layer(doc, Layers.ENTITIES)) {
      ObjectNode n = span(e.span(), text);
      n.put("type", e.type().name());
      if (e.metonymy()) n.put("metonymy", true);
      if (e.actor() != null) n.set("actor", actor(e.actor(), text, false));
      entities.add(n);
    }
    ArrayNode places = o.putArray("places");
    for (Place p : layer(doc, Layers.PLACES)) places.add(place(p, text));
    ArrayNode times = o.putArray("times");
    for (TimeExpression t : layer(doc, Layers.TIMES)) times.add(time(t, text));
    ArrayNode statements = o.putArray("statements");
    for (Statement s : layer(doc, Layers.STATEMENTS)) statements.add(statement(s, text));
    ArrayNode events = o.putArray("events");
    for (Event e : layer(doc, Layers.EVENTS)) events.add(event(e, text));
    return o;
  }

  private static <T> List<T> layer(Doc doc, Layer<List<T>> layer) {
    return doc.has(layer) ? doc.get(layer) : List.of();
  }

  private ObjectNode span(Span s, String text) {
    ObjectNode n = mapper.createObjectNode();
    n.put("text", s.coveredText(text));
    n.put("start", s.start());
    n.put("end", s.end());
    return n;
  }

  /** An actor; with {@code withMention} its own text/start/end are written when it has a mention. */
  private ObjectNode actor(Actor a, String text, boolean withMention) {
    ObjectNode n = withMention && a.span() != null ? span(a.span(), text) : mapper.createObjectNode();
    n.put("name", a.name());
    putNullable(n, "country", a.country());
    putNullable(n, "sector", a.sector());
    if (a.role() != null) n.put("role", a.role());
    return n;
  }

  private ObjectNode place(Place p, String text) {
    ObjectNode n = span(p.span(), text);
    n.put("name", p.name());
    n.put("lat", p.lat());
    n.put("lon", p.lon());
    putNullable(n, "country", p.country());
    if (p.admin1() != null) n.put("admin1", p.admin1());
    if (p.geonameid() != null) n.put("geonameid", p.geonameid());
    if (p.featureCode() != null) n.put("featureCode", p.featureCode());
    return n;
  }

  private ObjectNode time(TimeExpression t, String text) {
    ObjectNode n = span(t.span(), text);
    putNullable(n, "value", t.value());
    n.put("granularity", t.granularity().label());
    n.put("resolved", t.resolved());
    if (t.generic()) n.put("generic", true);
    return n;
  }

  private ObjectNode statement(Statement s, String text) {
    ObjectNode n = mapper.createObjectNode();
    if (s.speaker() != null) {
      Actor a = s.speaker();
      ObjectNode sp = a.span() != null ? span(a.span(), text) : mapper.createObjectNode();
      sp.put("name", a.name());
      sp.set("actor", actor(a, text, false));
      n.set("speaker", sp);
    } else {
      n.putNull("speaker");
    }
    n.set("cue", span(s.cue(), text));
    ArrayNode content = n.putArray("content");
    for (Span c : s.content()) content.add(span(c, text));
    if (s.medium() != null) n.set("medium", span(s.medium(), text));
    n.put("direct", s.direct());
    n.put("stance", s.stance().label());
    if (s.target() != null) n.set("target", actor(s.target(), text, true));
    return n;
  }

  private ObjectNode event(Event e, String text) {
    ObjectNode n = mapper.createObjectNode();
    n.put("type", e.code().plover());
    putNullable(n, "mode", e.code().mode());
    n.put("cameo", e.code().cameo());
    n.put("goldstein", e.code().goldstein());
    if (e.code().acled() != null) {
      ObjectNode a = n.putObject("acled");
      a.put("eventType", e.code().acled().eventType());
      putNullable(a, "subEventType", e.code().acled().subEventType());
    }
    ArrayNode actors = n.putArray("actors");
    for (Actor a : e.actors()) actors.add(actor(a, text, true));
    ArrayNode recipients = n.putArray("recipients");
    for (Actor a : e.recipients()) recipients.add(actor(a, text, true));
    if (e.location() != null) {
      ObjectNode l = place(e.location(), text);
      putNullable(l, "level", e.locationLevel());
      n.set("location", l);
    }
    if (e.time() != null) {
      ObjectNode t = time(e.time(), text);
      putNullable(t, "level", e.timeLevel());
      n.set("time", t);
    }
    n.put("modality", e.modality().label());
    if (e.reportedBy() >= 0) {
      ObjectNode r = n.putObject("reportedBy");
      r.put("statement", e.reportedBy());
      if (e.reporter() != null) r.set("actor", actor(e.reporter(), text, true));
    }
    n.set("trigger", span(e.trigger(), text));
    ObjectNode s = n.putObject("sentence");
    s.put("start", e.sentence().start());
    s.put("end", e.sentence().end());
    n.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    return n;
  }

  private static void putNullable(ObjectNode n, String field, String value) {
    if (value == null) n.putNull(field); else n.put(field, value);
  }

}
