package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.model.Article;

/**
 * Stands in for CoreNLP in store tests. Each line of an article's text that starts with a keyword becomes an item:
 * {@code EVENT type|cameo|date|place|lat|lon|country|admin1|actorCountry|recipientCountry[|featureCode[|modality
 * [|statement[|names]]]]} (empty fields are left out; statement is the index of the SAY line that reports it; names,
 * comma-separated, become PERSON entities inside the event's sentence) and {@code SAY speaker|country|stance[|targetName|targetCountry]}; a text containing FAIL makes it throw.
 */
final class FakeProcessor implements ArticleProcessor {
  private final ObjectMapper mapper = new ObjectMapper();
  final AtomicInteger calls = new AtomicInteger();

  @Override
  public ObjectNode process(Article article) {
    calls.incrementAndGet();
    String text = article.text();
    if (text.contains("FAIL")) throw new IllegalStateException("fake failure on " + article.id());
    ObjectNode o = mapper.createObjectNode();
    o.put("id", article.id());
    if (article.published() != null) o.put("published", article.published().toString());
    o.putArray("entities");
    o.putArray("places");
    o.putArray("times");
    ArrayNode statements = o.putArray("statements");
    ArrayNode events = o.putArray("events");
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("EVENT ")) events.add(event(line, offset, (ArrayNode) o.get("entities")));
      if (line.startsWith("SAY ")) statements.add(statement(line, offset));
      offset += line.length() + 1;
    }
    return o;
  }

  private ObjectNode event(String line, int offset, ArrayNode entities) {
    String[] f = line.substring(6).split("\\|", -1);
    if (f.length > 13 && !f[13].isEmpty()) {
      for (String name : f[13].split(",")) {
        int at = line.lastIndexOf(name);
        entities.addObject().put("text", name).put("start", offset + at).put("end", offset + at + name.length())
            .put("type", "PERSON");
      }
    }
    ObjectNode e = mapper.createObjectNode();
    e.put("type", f[0]);
    e.putNull("mode");
    e.put("cameo", f[1]);
    e.put("goldstein", -10.0);
    if (f[0].equals("ASSAULT")) {
      ObjectNode acled = e.putObject("acled");
      acled.put("eventType", "Explosions/Remote violence");
      acled.put("subEventType", "Shelling/artillery/missile attack");
    }
    actor(e.putArray("actors"), f[8]);
    actor(e.putArray("recipients"), f[9]);
    if (!f[3].isEmpty()) {
      ObjectNode l = e.putObject("location");
      l.put("text", f[3]);
      l.put("name", f[3]);
      l.put("lat", Double.parseDouble(f[4]));
      l.put("lon", Double.parseDouble(f[5]));
      l.put("country", f[6]);
      if (!f[7].isEmpty()) l.put("admin1", f[7]);
      l.put("featureCode", f.length > 10 && !f[10].isEmpty() ? f[10] : "PPLA");
    }
    if (!f[2].isEmpty()) {
      ObjectNode t = e.putObject("time");
      t.put("text", f[2]);
      t.put("value", f[2]);
      t.put("granularity", "day");
      t.put("resolved", true);
    }
    e.put("modality", f.length > 11 && !f[11].isEmpty() ? f[11] : "asserted");
    if (f.length > 12 && !f[12].isEmpty()) e.putObject("reportedBy").put("statement", Integer.parseInt(f[12]));
    ObjectNode trigger = e.putObject("trigger");
    trigger.put("text", "EVENT");
    trigger.put("start", offset);
    trigger.put("end", offset + 5);
    ObjectNode s = e.putObject("sentence");
    s.put("start", offset);
    s.put("end", offset + line.length());
    e.put("confidence", 0.8);
    return e;
  }

  private void actor(ArrayNode actors, String country) {
    if (country.isEmpty()) return;
    ObjectNode a = actors.addObject();
    a.put("name", country + " forces");
    a.put("country", country);
    a.put("sector", "MIL");
  }

  private ObjectNode statement(String line, int offset) {
    String[] f = line.substring(4).split("\\|", -1);
    ObjectNode s = mapper.createObjectNode();
    ObjectNode sp = s.putObject("speaker");
    sp.put("text", f[0]);
    sp.put("start", offset + 4);
    sp.put("end", offset + 4 + f[0].length());
    sp.put("name", f[0]);
    ObjectNode a = sp.putObject("actor");
    a.put("name", f[0]);
    a.put("country", f[1]);
    a.put("sector", "GOV");
    ObjectNode cue = s.putObject("cue");
    cue.put("text", "SAY");
    cue.put("start", offset);
    cue.put("end", offset + 3);
    ArrayNode content = s.putArray("content");
    ObjectNode c = content.addObject();
    c.put("text", line);
    c.put("start", offset);
    c.put("end", offset + line.length());
    s.put("direct", false);
    s.put("stance", f[2]);
    if (f.length > 3) s.putObject("target").put("name", f[3]).put("country", f[4]);
    return s;
  }

  /** An EVENT line of {@link #event} with this modality, reported by the statement at this index. */
  static String reported(String eventLine, String modality, int statement) {
    return eventLine + "||" + modality + "|" + statement;
  }

  /** An EVENT line with no place, this modality, naming these people in its sentence. */
  static String named(String type, String date, String modality, String... names) {
    return event(type, "040", date, "", 0, 0, "", "", "", "") + "||" + modality + "||" + String.join(",", names);
  }

  /** One EVENT line: type, cameo, date, place, lat, lon, country, admin1, actor country, recipient country. */
  static String event(String type, String cameo, String date, String place, double lat, double lon, String country,
      String admin1, String actor, String recipient) {
    return "EVENT " + String.join("|", type, cameo, date, place, place.isEmpty() ? "" : Double.toString(lat),
        place.isEmpty() ? "" : Double.toString(lon), country, admin1, actor, recipient);
  }
}
